import { findStaff } from '../identity/people.repository'
import { CATEGORY_LABEL, TIMER_LABEL } from '@core/repair/repair.labels'
import type { SlaRules } from '@core/repair/sla'
import type { TimelineEvent, Timer, WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'

import { notify, type Notice } from '../notify/notifier'
import type { Context } from '../action'
import type { Store } from '../store/store.port'

/** The short number people read out on the phone. */
export const orderNo = (order: WorkOrder) => order.id.slice(0, 8).toUpperCase()

const staffSubject = (order: WorkOrder) =>
  `${order.unitId} ${CATEGORY_LABEL[order.category]}${order.priority === 'urgent' ? '（紧急）' : ''}`
const residentSubject = (order: WorkOrder) => `${CATEGORY_LABEL[order.category]}：${order.description}`
const hhmm = (at: string) => formatLocal(at, 'MM-DD HH:mm')

export async function managers(store: Store): Promise<string[]> {
  return (await findStaff(store, ['manager'])).map((m) => m.openid)
}

/** The grid owner answers for breaches in their grid; without a grid, the managers do. */
async function gridOwnerOrManagers(store: Store, order: WorkOrder): Promise<string[]> {
  const grid = order.gridId ? await store.collection('grids').get(order.gridId) : null
  return grid ? [grid.ownerOpenid] : managers(store)
}

function toResident(order: WorkOrder, kind: string, title: string, body: string, push: Notice['push']): Notice {
  return { toOpenid: order.residentOpenid, kind, title, body, ref: { type: 'repair', id: order.id }, push }
}

function toStaff(
  order: WorkOrder,
  openids: string[],
  kind: string,
  title: string,
  body: string,
  push: Notice['push'],
): Notice[] {
  return openids.map((toOpenid) => ({ toOpenid, kind, title, body, ref: { type: 'repair', id: order.id }, push }))
}

/** The notices one timeline event calls for. */
async function noticesFor(store: Store, rules: SlaRules, order: WorkOrder, event: TimelineEvent): Promise<Notice[]> {
  const base = { orderNo: orderNo(order), at: event.at }
  const forStaff = { ...base, subject: staffSubject(order) }
  const forResident = { ...base, subject: residentSubject(order), worker: order.assigneeName ?? '' }
  switch (event.type) {
    case 'accepted':
      return [
        toResident(
          order,
          'repair_accepted',
          '师傅已接单',
          `${order.assigneeName ?? ''}已接单，预计 ${hhmm(order.deadlines.arrival)} 前上门`,
          {
            template: 'repairAccepted',
            values: forResident,
          },
        ),
      ]
    case 'started':
      return [
        toResident(order, 'repair_started', '师傅已上门', `${order.assigneeName ?? ''}已开始维修`, {
          template: 'repairStarted',
          values: forResident,
        }),
      ]
    case 'completed':
      return [
        toResident(order, 'repair_completed', '维修已完成', '请确认维修结果并为本次服务评分', {
          template: 'repairCompleted',
          values: { ...forResident, note: '请验收并评价' },
        }),
      ]
    case 'dispatched':
    case 'assigned':
    case 'transferred':
      if (!order.assigneeOpenid) return []
      return toStaff(
        order,
        [order.assigneeOpenid],
        'repair_assigned',
        '您有新的维修工单',
        `${staffSubject(order)}：${order.description}`,
        {
          template: 'jobAssigned',
          values: { ...forStaff, deadline: order.deadlines.response, status: '待接单' },
        },
      )
    case 'hurried':
      // Whoever holds the job hears it; while nobody does, the grid owner (or the managers).
      return toStaff(
        order,
        order.assigneeOpenid ? [order.assigneeOpenid] : await gridOwnerOrManagers(store, order),
        'repair_hurried',
        '住户催单',
        `${staffSubject(order)}：住户在催，请尽快处理`,
        undefined,
      )
    default:
      return ladderNotices(store, rules, order, event)
  }
}

const LADDER_EVENT = /^(response|arrival|resolution)_(warning|overdue|escalated)$/

/**
 * The escalation ladder: the warning goes to whoever holds the job (the grid owner while nobody
 * does); the breach to the grid owner, with an apology to the resident naming the new expectation;
 * the escalation to the managers.
 */
async function ladderNotices(store: Store, rules: SlaRules, order: WorkOrder, event: TimelineEvent): Promise<Notice[]> {
  const match = LADDER_EVENT.exec(event.type)
  if (!match) return []
  const timer = match[1] as Timer
  const step = match[2]
  const what = `${staffSubject(order)} ${TIMER_LABEL[timer]}`
  const deadline = order.deadlines[timer]
  const values = { orderNo: orderNo(order), subject: staffSubject(order), deadline, at: event.at }
  if (step === 'warning') {
    const to = order.assigneeOpenid ? [order.assigneeOpenid] : await gridOwnerOrManagers(store, order)
    return toStaff(order, to, 'repair_warning', '工单即将超时', `${what}将于 ${hhmm(deadline)} 到期，请尽快处理`, {
      template: 'jobWarning',
      values: { ...values, status: '即将超时' },
    })
  }
  if (step === 'overdue') {
    // The manager steps in at the escalation point at the latest: that is the promise we can keep.
    const expectation = rules.schedule(order, timer, event.at).escalateAt
    return [
      ...toStaff(
        order,
        await gridOwnerOrManagers(store, order),
        'repair_overdue',
        '工单已超时',
        `${what}已超时，请立即跟进`,
        {
          template: 'jobOverdue',
          values: { ...values, status: '已超时' },
        },
      ),
      toResident(
        order,
        'repair_delayed',
        '抱歉，您的报修处理慢了',
        `我们已催办，最迟 ${hhmm(expectation)} 前由专人跟进`,
        {
          template: 'repairDelayed',
          values: {
            orderNo: orderNo(order),
            subject: residentSubject(order),
            deadline: expectation,
            note: '抱歉久等，已加急处理',
          },
        },
      ),
    ]
  }
  return toStaff(
    order,
    await managers(store),
    'repair_escalated',
    '超时工单已升级',
    `${what}超时仍未处理，已升级至物业经理`,
    {
      template: 'jobOverdue',
      values: { ...values, status: '已升级' },
    },
  )
}

/**
 * Sends what the events appended since `before` call for, in the invocation that appended them.
 * Called only after the write won, so each event is announced once.
 */
export async function notifyChanges(
  ctx: Context,
  rules: SlaRules,
  before: WorkOrder | null,
  after: WorkOrder,
  withhold: (notice: Notice) => boolean = () => false,
): Promise<Notice[]> {
  const events = after.timeline.slice(before?.timeline.length ?? 0)
  const notices = (await Promise.all(events.map((e) => noticesFor(ctx.store, rules, after, e)))).flat()
  await notify(
    ctx,
    notices.filter((n) => !withhold(n)),
  )
  return notices.filter(withhold)
}
