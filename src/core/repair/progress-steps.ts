import type { IsoTime } from '../shared/time'
import { HOLD_REASON_LABEL } from './repair.labels'
import type { TimelineType, WorkOrder } from './work-order'

/** One step of the bar on the resident's order. */
export interface ProgressStep {
  key: 'submitted' | 'taken' | 'working' | 'checking' | 'done'
  label: string
  /** When the step was reached; null for steps ahead. */
  at: IsoTime | null
  state: 'done' | 'current' | 'paused' | 'cancelled' | 'todo'
  /** Under a paused step: why (e.g. 等待配件). */
  note?: string
}

type Order = Pick<WorkOrder, 'status' | 'assigneeOpenid' | 'timeline' | 'holds'>

const latest = (order: Order, types: readonly TimelineType[]): IsoTime | null =>
  [...order.timeline].reverse().find((e) => types.includes(e.type))?.at ?? null

/** How far the order got: 0 submitted … 4 done. A hold stands in place of the step it paused. */
function reachedIndex(order: Order): number {
  const paused = order.holds[order.holds.length - 1]
  switch (order.status) {
    case 'submitted':
      return order.assigneeOpenid ? 1 : 0
    case 'accepted':
      return 1
    case 'in_progress':
      return 2
    case 'on_hold':
      return paused?.resumeTo === 'in_progress' ? 2 : 1
    case 'completed':
      return 3
    case 'closed':
      return 4
    case 'cancelled':
      return order.timeline.some((e) => e.type === 'started')
        ? 2
        : order.timeline.some((e) => e.type === 'accepted')
          ? 1
          : 0
  }
}

/**
 * 已提交 → 已派单/已接单 → 维修中 → 待验收 → 已完成, each reached step with its time; 暂停中 (with
 * the reason) in place of the paused step; 已取消 in place of the step after the last one reached.
 */
export function progressSteps(order: Order): ProgressStep[] {
  const reached = reachedIndex(order)
  const accepted = order.status !== 'submitted' && latest(order, ['accepted']) !== null
  const steps: ProgressStep[] = [
    { key: 'submitted', label: '已提交', at: latest(order, ['created']), state: 'todo' },
    {
      key: 'taken',
      label: accepted ? '已接单' : '已派单',
      at: accepted ? latest(order, ['accepted']) : latest(order, ['dispatched', 'assigned']),
      state: 'todo',
    },
    { key: 'working', label: '维修中', at: latest(order, ['started', 'reopened']), state: 'todo' },
    { key: 'checking', label: '待验收', at: latest(order, ['completed']), state: 'todo' },
    { key: 'done', label: '已完成', at: latest(order, ['confirmed']), state: 'todo' },
  ]
  return steps.map((step, i): ProgressStep => {
    if (order.status === 'cancelled' && i === reached + 1)
      return { ...step, label: '已取消', at: latest(order, ['cancelled']), state: 'cancelled' }
    if (i > reached) return { ...step, at: null, state: 'todo' }
    if (i < reached || order.status === 'closed' || order.status === 'cancelled') return { ...step, state: 'done' }
    if (order.status === 'on_hold') {
      const hold = order.holds[order.holds.length - 1]
      return {
        ...step,
        label: '暂停中',
        at: hold?.from ?? step.at,
        state: 'paused',
        ...(hold ? { note: HOLD_REASON_LABEL[hold.reason] } : {}),
      }
    }
    return { ...step, state: 'current' }
  })
}
