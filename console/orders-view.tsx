import { useState } from 'react'
import { Button, Dialog, Drawer, MessagePlugin, Select, Space, Tag, Timeline } from 'tdesign-react'
import { CATEGORY_LABEL, PRIORITY_LABEL, STATUS_LABEL, TIMELINE_LABEL, TIMER_LABEL } from '@core/repair/repair.labels'
import { OPEN_STATUSES, TIMERS, type WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'
import { staffRefListReply, workOrderReply } from '@core/repair/repair.replies'
import { call, messageOf } from './api'
import { useLoad } from './live'

export const shortTime = (at: string) => formatLocal(at, 'MM月DD日 HH:mm')

/** The breached promises of an order, e.g. 「响应超时」, or null when none is. */
export function breachText(order: WorkOrder): string | null {
  const late = TIMERS.filter((t) => order.overdue[t] !== null).map((t) => `${TIMER_LABEL[t]}超时`)
  return late.length > 0 ? late.join('、') : null
}

/** The promise the order is racing now, in words. */
export function nextDeadlineText(order: WorkOrder): string {
  const timer = order.acceptedAt === null ? 'response' : order.startedAt === null ? 'arrival' : 'resolution'
  return `${TIMER_LABEL[timer]}截止 ${shortTime(order.deadlines[timer])}`
}

/** A manager hands out only jobs still open. */
export const canDispatch = (o: WorkOrder) => OPEN_STATUSES.includes(o.status)

/** A row's 详情 and (while it is open) 派单 buttons. */
export function OrderRowActions({
  order,
  onOpen,
  onDispatch,
}: {
  order: WorkOrder
  onOpen: (o: WorkOrder) => void
  onDispatch: (o: WorkOrder[]) => void
}) {
  return (
    <Space>
      <Button variant="text" theme="primary" onClick={() => onOpen(order)}>
        详情
      </Button>
      {canDispatch(order) && (
        <Button variant="text" theme="primary" onClick={() => onDispatch([order])}>
          派单
        </Button>
      )}
    </Space>
  )
}

export function StatusTag({ order }: { order: WorkOrder }) {
  return <Tag theme={order.status === 'submitted' ? 'warning' : 'default'}>{STATUS_LABEL[order.status]}</Tag>
}

/** 工单详情: the order's facts and its timeline, beside the table. */
export function OrderDrawer({ order, onClose }: { order: WorkOrder | null; onClose: () => void }) {
  return (
    <Drawer visible={order !== null} onClose={onClose} header="工单详情" size="480px" footer={false}>
      {order && (
        <div className="ll-drawer">
          <dl className="ll-facts">
            <dt>报修内容</dt>
            <dd>{order.description}</dd>
            <dt>房屋</dt>
            <dd>{order.unitId}</dd>
            <dt>报修人</dt>
            <dd>{order.residentName}</dd>
            <dt>类别</dt>
            <dd>
              {CATEGORY_LABEL[order.category]} · {PRIORITY_LABEL[order.priority]}
            </dd>
            <dt>状态</dt>
            <dd>
              <StatusTag order={order} /> {breachText(order) && <Tag theme="danger">{breachText(order)}</Tag>}
            </dd>
            <dt>处理人</dt>
            <dd>{order.assigneeName ?? '未派单'}</dd>
            <dt>报修时间</dt>
            <dd>{shortTime(order.createdAt)}</dd>
            <dt>时限</dt>
            <dd>{TIMERS.map((t) => `${TIMER_LABEL[t]} ${shortTime(order.deadlines[t])}`).join('，')}</dd>
          </dl>
          <h3>处理记录</h3>
          <Timeline>
            {order.timeline.map((event, i) => (
              <Timeline.Item
                key={i}
                label={shortTime(event.at)}
                dotColor={event.type.endsWith('_overdue') ? 'error' : 'primary'}
              >
                {TIMELINE_LABEL[event.type]}
                {event.note ? `：${event.note}` : ''}
              </Timeline.Item>
            ))}
          </Timeline>
        </div>
      )}
    </Drawer>
  )
}

/** 派单: hands one or many orders to a worker, one assign call each, and says how many went. */
export function DispatchDialog({
  orders,
  onClose,
  onDone,
}: {
  orders: WorkOrder[]
  onClose: () => void
  onDone: () => void
}) {
  const staff = useLoad(() => call('admin', 'listStaff', staffRefListReply, { role: 'maintenance' }), [])
  const [worker, setWorker] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function dispatch() {
    if (!worker) return void MessagePlugin.warning('请选择维修人员')
    setBusy(true)
    const failures: string[] = []
    for (const order of orders) {
      const reply = await call('repair', 'assign', workOrderReply, { id: order.id, staffOpenid: worker })
      if (!reply.ok) failures.push(`${order.unitId}：${messageOf(reply.error)}`)
    }
    setBusy(false)
    const done = orders.length - failures.length
    if (failures.length === 0) void MessagePlugin.success(`已派单 ${done} 张`)
    else void MessagePlugin.error(`已派单 ${done} 张，${failures.length} 张未派出：${failures.join('；')}`)
    onDone()
  }

  return (
    <Dialog
      visible={orders.length > 0}
      header={orders.length > 1 ? `批量派单（${orders.length} 张）` : '派单'}
      confirmBtn={{ content: '确定派单', loading: busy }}
      onConfirm={() => void dispatch()}
      onClose={onClose}
      onCancel={onClose}
    >
      <p className="ll-dialog__line">{orders.map((o) => `${o.unitId} ${o.description}`).join('；')}</p>
      <Select
        className="ll-dispatch__worker"
        placeholder="选择维修人员"
        loading={staff.loading}
        value={worker}
        onChange={(v) => setWorker(v as string)}
        options={(staff.data?.items ?? []).map((s) => ({ label: s.name, value: s.openid }))}
      />
    </Dialog>
  )
}
