import { useEffect, useRef, useState } from 'react'
import { Space, Switch, Table, Tag, type PrimaryTableCol } from 'tdesign-react'
import { CATEGORY_LABEL, PRIORITY_LABEL } from '@core/repair/repair.labels'
import type { WorkOrder } from '@core/repair/work-order'
import { workOrderListReply } from '@core/repair/repair.replies'
import { call } from '../api'
import { tableState, useLoad, useOrderStamp } from '../live'
import { breachText, DispatchDialog, nextDeadlineText, OrderDrawer, OrderRowActions, StatusTag } from '../orders-view'

/** A short two-tone chime, made on the spot: no audio file to ship. */
function chime() {
  const audio = new AudioContext()
  ;[880, 660].forEach((hz, i) => {
    const tone = audio.createOscillator()
    tone.frequency.value = hz
    tone.connect(audio.destination)
    tone.start(audio.currentTime + i * 0.2)
    tone.stop(audio.currentTime + i * 0.2 + 0.18)
  })
}

/** 超时看板: overdue orders first, then those close to a deadline; live, with new breaches marked. */
export function LateBoard() {
  const stamp = useOrderStamp()
  const board = useLoad(() => call('repair', 'late', workOrderListReply), [stamp])
  const [sound, setSound] = useState(false)
  const [fresh, setFresh] = useState<Set<string>>(new Set())
  const seen = useRef<Set<string> | null>(null)
  const [open, setOpen] = useState<WorkOrder | null>(null)
  const [dispatching, setDispatching] = useState<WorkOrder[]>([])

  useEffect(() => {
    if (!board.data) return
    const breached = board.data.items.filter((o) => breachText(o) !== null).map((o) => o.id)
    // The first load is the baseline: only breaches that appear while the board is open are new.
    const newOnes = seen.current ? breached.filter((id) => !seen.current!.has(id)) : []
    seen.current = new Set([...(seen.current ?? []), ...breached])
    if (newOnes.length > 0) {
      setFresh((old) => new Set([...old, ...newOnes]))
      if (sound) chime()
    }
  }, [board.data, sound])

  const columns: PrimaryTableCol<WorkOrder>[] = [
    {
      colKey: 'description',
      title: '报修内容',
      ellipsis: true,
      cell: ({ row }) => (
        <Space size={4}>
          {fresh.has(row.id) && (
            <Tag theme="danger" variant="dark">
              新超时
            </Tag>
          )}
          {row.description}
        </Space>
      ),
    },
    { colKey: 'unitId', title: '房屋', width: 90 },
    { colKey: 'category', title: '类别', width: 110, cell: ({ row }) => CATEGORY_LABEL[row.category] },
    { colKey: 'priority', title: '紧急程度', width: 90, cell: ({ row }) => PRIORITY_LABEL[row.priority] },
    { colKey: 'status', title: '状态', width: 90, cell: ({ row }) => <StatusTag order={row} /> },
    {
      colKey: 'late',
      title: '超时情况',
      width: 200,
      cell: ({ row }) =>
        breachText(row) ? (
          <Tag theme="danger">{breachText(row)}</Tag>
        ) : (
          <Tag theme="warning">{nextDeadlineText(row)}</Tag>
        ),
    },
    { colKey: 'assigneeName', title: '处理人', width: 100, cell: ({ row }) => row.assigneeName ?? '未派单' },
    {
      colKey: 'op',
      title: '操作',
      width: 140,
      cell: ({ row }) => <OrderRowActions order={row} onOpen={setOpen} onDispatch={setDispatching} />,
    },
  ]

  return (
    <div className="ll-late">
      <div className="ll-toolbar">
        <span className="ll-toolbar__note">每 4 秒自动刷新，出现新的超时工单会高亮标出</span>
        <Space align="center">
          <span>声音提醒</span>
          <Switch value={sound} onChange={(v) => setSound(Boolean(v))} />
        </Space>
      </div>
      <Table
        rowKey="id"
        data={board.data?.items ?? []}
        columns={columns}
        {...tableState(board, '没有超时或临近超时的工单')}
        rowClassName={({ row }) => (fresh.has(row.id) ? 'll-row--fresh' : '')}
        hover
      />
      <OrderDrawer order={open} onClose={() => setOpen(null)} />
      <DispatchDialog
        orders={dispatching}
        onClose={() => setDispatching([])}
        onDone={() => (setDispatching([]), board.reload())}
      />
    </div>
  )
}
