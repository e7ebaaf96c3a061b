import { useState } from 'react'
import { Button, Space, Table } from 'tdesign-react'
import type { AuditEntry } from '@core/estate/audit'
import { AUDIT_ACTION_LABEL } from '@core/estate/estate.labels'
import { call, messageOf } from '../api'
import { useLoad } from '../live'
import { shortTime } from '../orders-view'

const PAGE = 50

/** 操作日志: who did what and when, in words; newest first. */
export function AuditLog() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined])
  const cursor = cursors[cursors.length - 1]
  const log = useLoad(
    () =>
      call<{ items: AuditEntry[]; nextCursor: string | null }>('admin', 'listAudit', {
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
      }),
    [cursor],
  )
  return (
    <div>
      <Table
        rowKey="id"
        data={log.data?.items ?? []}
        loading={log.loading && !log.data}
        empty={log.error ? `加载失败：${messageOf(log.error)}` : '还没有操作记录'}
        columns={[
          { colKey: 'at', title: '时间', width: 160, cell: ({ row }) => shortTime(row.at) },
          { colKey: 'byName', title: '操作人', width: 140 },
          { colKey: 'action', title: '操作', cell: ({ row }) => AUDIT_ACTION_LABEL[row.action] ?? '其他操作' },
        ]}
        hover
      />
      <Space className="ll-toolbar">
        <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!log.data?.nextCursor} onClick={() => setCursors((c) => [...c, log.data!.nextCursor!])}>
          下一页
        </Button>
      </Space>
    </div>
  )
}
