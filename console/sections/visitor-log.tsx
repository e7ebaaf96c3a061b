import { useState } from 'react'
import { DateRangePicker, Space, Table } from 'tdesign-react'
import { entryListReply } from '@core/visitor/visitor.replies'
import { call } from '../api'
import { tableState, useLoad } from '../live'
import { shortTime } from '../orders-view'

/** The estate day `date` (YYYY-MM-DD) as an instant range, China time. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString()
const dayEnd = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString()

/** 访客记录: every admission at the gate, newest first, by day range. */
export function VisitorLog() {
  const [range, setRange] = useState<string[]>([])
  const entries = useLoad(
    () =>
      call('visitor', 'entries', entryListReply, {
        ...(range[0] ? { from: dayStart(range[0]) } : {}),
        ...(range[1] ? { to: dayEnd(range[1]) } : {}),
        limit: 500,
      }),
    [range],
  )
  return (
    <div>
      <Space className="ll-toolbar">
        <DateRangePicker
          placeholder={['开始日期', '结束日期']}
          clearable
          value={range}
          onChange={(v) => setRange((v as string[]) ?? [])}
        />
      </Space>
      <Table
        rowKey="id"
        data={entries.data?.items ?? []}
        {...tableState(entries, '这段时间没有访客进入')}
        columns={[
          { colKey: 'at', title: '进入时间', width: 160, cell: ({ row }) => shortTime(row.at) },
          { colKey: 'visitorName', title: '访客' },
          { colKey: 'visitorPhone', title: '手机号' },
          { colKey: 'plate', title: '车牌', cell: ({ row }) => row.plate ?? '步行' },
          { colKey: 'unitId', title: '到访房屋' },
          { colKey: 'guardName', title: '放行门岗' },
        ]}
        pagination={{ defaultPageSize: 20, showPageSize: false }}
        hover
      />
    </div>
  )
}
