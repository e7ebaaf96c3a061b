import type { Actor } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import { currentTimer, type WorkOrder } from './work-order'
import { canView } from './work-order.visibility'

/** A household may hurry (催单) one order at most once in this many minutes. */
export const HURRY_INTERVAL_MINUTES = 30

const MINUTE = 60_000

export type HurryState =
  | { can: true }
  /** Not late (yet), paused for parts, or already done: nothing to hurry. */
  | { can: false; why: 'not_late' }
  /** Hurried less than 30 minutes ago: `nextAt` is when it may be hurried again. */
  | { can: false; why: 'too_soon'; nextAt: IsoTime }

/** Whether the household may hurry `order` at `now`: only a late job, once per 30 minutes. */
export function hurryState(
  order: Pick<WorkOrder, 'status' | 'deadlines' | 'overdue' | 'timeline'>,
  now: IsoTime,
): HurryState {
  const timer = currentTimer(order)
  const nowMs = new Date(now).getTime()
  const late = timer !== null && (order.overdue[timer] !== null || new Date(order.deadlines[timer]).getTime() <= nowMs)
  if (!late) return { can: false, why: 'not_late' }
  const last = [...order.timeline].reverse().find((e) => e.type === 'hurried')
  if (last) {
    const nextMs = new Date(last.at).getTime() + HURRY_INTERVAL_MINUTES * MINUTE
    if (nextMs > nowMs) return { can: false, why: 'too_soon', nextAt: new Date(nextMs).toISOString() }
  }
  return { can: true }
}

/** The order with a `hurried` event appended, or why the household may not hurry it now. */
export function hurry(order: WorkOrder, actor: Actor, now: IsoTime): Result<WorkOrder> {
  // Another household's order reads as absent, as everywhere else.
  if (actor.role !== 'resident' || !canView(order, actor)) return fail(appError(ErrorCode.NOT_FOUND, 'no such order'))
  const state = hurryState(order, now)
  if (!state.can && state.why === 'not_late')
    return fail(appError(ErrorCode.INVALID_TRANSITION, 'only a late, open order can be hurried'))
  if (!state.can && state.why === 'too_soon')
    return fail(appError(ErrorCode.RATE_LIMITED, `hurried less than ${HURRY_INTERVAL_MINUTES} minutes ago`))
  return ok({ ...order, timeline: [...order.timeline, { type: 'hurried', at: now, by: actor.openid }] })
}
