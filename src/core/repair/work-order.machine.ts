import { instant, isAtOrBefore } from '../shared/instant'

import type { Actor } from '../identity/actor'
import { SYSTEM_OPENID, worksTheOffice } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import { HOLD_REASON_LABEL } from './repair.labels'
import type { SlaRules } from './sla'
import type { HoldReason, Timer, WorkOrder } from './work-order'
import type { FiredStep } from '../sla/ladder'
import { advanceLadder, finalize, openHold, stopTimer } from './work-order.ladder'
import { transition, type Change } from './work-order.transitions'
import { isHouseholdOf, isWorker, sameTeam } from './work-order.visibility'

/** A timed hold ends within this many days: the clocks may not be parked for ever. */
export const HOLD_MAX_DAYS = 30

/** The named actions on a work order: each checks who may act, then goes through the one transition table. */

const forbidden = (why: string) => fail(appError(ErrorCode.FORBIDDEN, why))

function notAWorker(): Result<never> {
  return fail(appError(ErrorCode.VALIDATION_FAILED, 'not maintenance staff', { staffOpenid: ['请选择维修人员'] }))
}

/** A worker takes the job: from the pool (first one wins; the rest get CONFLICT) or as dispatched to them. */
export function accept(order: WorkOrder, staff: Actor, now: IsoTime, rules: SlaRules): Result<WorkOrder> {
  if (!isWorker(staff) || !sameTeam(order, staff)) return forbidden("only the order's own workers accept it")
  if (order.assigneeOpenid !== null && order.assigneeOpenid !== staff.openid) {
    return fail(appError(ErrorCode.CONFLICT, 'another worker has already taken this job'))
  }
  if (order.status === 'submitted' && !order.inPool && order.assigneeOpenid === null) {
    return forbidden('this job is waiting for the office to dispatch it')
  }
  return transition(order, 'accept', staff.openid, now, rules, { type: 'accepted' }, (o) => ({
    ...stopTimer(o, 'response', now, rules),
    assigneeOpenid: staff.openid,
    assigneeName: staff.name,
    acceptedAt: now,
    firstResponderOpenid: o.firstResponderOpenid ?? staff.openid,
    firstResponderName: o.firstResponderName ?? staff.name,
  }))
}

/**
 * The office (a manager or the service desk) dispatches a waiting job to a worker (who still
 * accepts it), or hands a running one over.
 */
export function assign(
  order: WorkOrder,
  dispatcher: Actor,
  staff: Actor,
  now: IsoTime,
  rules: SlaRules,
): Result<WorkOrder> {
  if (!worksTheOffice(dispatcher)) return forbidden('only the office assigns jobs')
  if (!isWorker(staff) || !sameTeam(order, staff)) return notAWorker()
  return transition(order, 'assign', dispatcher.openid, now, rules, { type: 'assigned', note: staff.name }, () => ({
    assigneeOpenid: staff.openid,
    assigneeName: staff.name,
  }))
}

/** Handover (转单) by the assignee or a manager; the first responder stays the resident's contact. */
export function transfer(
  order: WorkOrder,
  actor: Actor,
  to: Actor,
  reason: string,
  now: IsoTime,
  rules: SlaRules,
): Result<WorkOrder> {
  if (actor.role !== 'manager' && order.assigneeOpenid !== actor.openid)
    return forbidden('only the assignee or a manager hands a job over')
  if (!isWorker(to) || !sameTeam(order, to)) return notAWorker()
  if (to.openid === order.assigneeOpenid) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'already the assignee', { toOpenid: ['已是当前处理人'] }))
  }
  const note = `${order.assigneeName ?? ''} → ${to.name}：${reason}`
  return transition(order, 'transfer', actor.openid, now, rules, { type: 'transferred', note }, () => ({
    assigneeOpenid: to.openid,
    assigneeName: to.name,
  }))
}

export function start(order: WorkOrder, staff: Actor, now: IsoTime, rules: SlaRules): Result<WorkOrder> {
  if (order.assigneeOpenid !== staff.openid) return forbidden('only the assignee starts the job')
  return transition(order, 'start', staff.openid, now, rules, { type: 'started' }, (o) => ({
    ...stopTimer(o, 'arrival', now, rules),
    startedAt: now,
  }))
}

/** Pauses the clocks: waiting for parts or for the resident. */
export function hold(
  order: WorkOrder,
  staff: Actor,
  now: IsoTime,
  rules: SlaRules,
  pause: { reason: HoldReason; until?: IsoTime },
): Result<WorkOrder> {
  if (order.assigneeOpenid !== staff.openid) return forbidden('only the assignee puts the job on hold')
  if (pause.until !== undefined && isAtOrBefore(pause.until, now)) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'hold must end in the future', { until: ['恢复时间须晚于现在'] }))
  }
  if (pause.until !== undefined && instant(pause.until) - instant(now) > HOLD_MAX_DAYS * 86_400_000) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'hold too long', { until: [`暂停不超过 ${HOLD_MAX_DAYS} 天`] }))
  }
  const resumeTo = order.status === 'in_progress' ? 'in_progress' : 'accepted'
  return transition(
    order,
    'hold',
    staff.openid,
    now,
    rules,
    { type: 'held', note: HOLD_REASON_LABEL[pause.reason] },
    (o) => ({
      holds: [...o.holds, { from: now, to: null, reason: pause.reason, until: pause.until ?? null, resumeTo }],
    }),
  )
}

function closeHold(order: WorkOrder, now: IsoTime): Change {
  return { holds: order.holds.map((h, i) => (i === order.holds.length - 1 ? { ...h, to: now } : h)) }
}

function applyResume(order: WorkOrder, now: IsoTime, by: string, rules: SlaRules): WorkOrder {
  const resumed = transition(order, 'resume', by, now, rules, { type: 'resumed' }, (o) => closeHold(o, now))
  if (!resumed.ok) throw new Error(`resume of a held order failed: ${resumed.error.message}`)
  return resumed.value
}

export function resume(order: WorkOrder, actor: Actor, now: IsoTime, rules: SlaRules): Result<WorkOrder> {
  if (actor.role !== 'manager' && order.assigneeOpenid !== actor.openid)
    return forbidden('only the assignee or a manager resumes the job')
  return transition(order, 'resume', actor.openid, now, rules, { type: 'resumed' }, (o) => closeHold(o, now))
}

export function complete(
  order: WorkOrder,
  staff: Actor,
  now: IsoTime,
  rules: SlaRules,
  report: { note?: string; photos?: string[] },
): Result<WorkOrder> {
  if (order.assigneeOpenid !== staff.openid) return forbidden('only the assignee completes the job')
  return transition(order, 'complete', staff.openid, now, rules, { type: 'completed', note: report.note }, (o) => ({
    ...stopTimer(o, 'resolution', now, rules),
    completedAt: now,
    completionNote: report.note ?? null,
    completionPhotos: report.photos ?? [],
  }))
}

/** The household accepts the work and rates it; the order closes. */
export function confirm(
  order: WorkOrder,
  resident: Actor,
  now: IsoTime,
  rules: SlaRules,
  rating: { stars: number; comment?: string },
): Result<WorkOrder> {
  if (!isHouseholdOf(order, resident)) return forbidden('only the household confirms its order')
  return transition(order, 'confirm', resident.openid, now, rules, { type: 'confirmed', note: rating.comment }, () => ({
    closedAt: now,
    rating: rating.comment ? { stars: rating.stars, comment: rating.comment } : { stars: rating.stars },
  }))
}

/** The household says the job is not done: back to work, with a fresh resolution promise and ladder. */
export function reopen(
  order: WorkOrder,
  resident: Actor,
  now: IsoTime,
  rules: SlaRules,
  reason: string,
): Result<WorkOrder> {
  if (!isHouseholdOf(order, resident)) return forbidden('only the household reopens its order')
  return transition(order, 'reopen', resident.openid, now, rules, { type: 'reopened', note: reason }, (o) => ({
    completedAt: null,
    reopenCount: o.reopenCount + 1,
    overdue: { ...o.overdue, resolution: null },
    warned: { ...o.warned, resolution: null },
    escalated: { ...o.escalated, resolution: null },
    outcomes: { ...o.outcomes, resolution: null },
    durations: {
      ...o.durations,
      resolutionMinutes: null,
      wallMinutes: { ...o.durations.wallMinutes, resolution: null },
    },
  }))
}

/** Residents may withdraw before anyone accepted; managers may cancel any job not yet done. */
export function cancel(
  order: WorkOrder,
  actor: Actor,
  now: IsoTime,
  rules: SlaRules,
  reason?: string,
): Result<WorkOrder> {
  if (actor.role === 'resident') {
    if (!isHouseholdOf(order, actor)) return forbidden('only the household cancels its order')
    if (order.status !== 'submitted') {
      return fail(
        appError(ErrorCode.INVALID_TRANSITION, 'the job has been accepted; ask the property office to cancel it'),
      )
    }
  } else if (actor.role !== 'manager') {
    return forbidden('only the household or a manager cancels an order')
  }
  return transition(order, 'cancel', actor.openid, now, rules, { type: 'cancelled', note: reason }, () => ({
    cancelledAt: now,
  }))
}

/** What the sweep does to one due order: resume a hold whose time is up, then fire due steps. */
export function sweepOrder(
  order: WorkOrder,
  now: IsoTime,
  rules: SlaRules,
): { order: WorkOrder; fired: FiredStep<Timer>[]; resumed: boolean } {
  const hold = openHold(order)
  let current = order
  let resumed = false
  if (hold?.until && isAtOrBefore(hold.until, now)) {
    current = applyResume(order, now, SYSTEM_OPENID, rules)
    resumed = true
  }
  const { order: stepped, fired } = advanceLadder(current, now, rules)
  return { order: fired.length > 0 || resumed ? finalize(stepped, now, rules) : order, fired, resumed }
}
