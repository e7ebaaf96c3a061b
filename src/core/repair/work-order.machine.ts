import type { Actor } from '../identity/actor'
import { SYSTEM_OPENID } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import { minutesBetween, type IsoTime } from '../shared/time'
import { deadlinesFor, type SlaPolicy } from './sla'
import {
  OPEN_STATUSES,
  TIMERS,
  type Category,
  type Priority,
  type Status,
  type TimelineEvent,
  type TimelineType,
  type Timer,
  type WorkOrder,
} from './work-order'

export type RepairAction = 'accept' | 'assign' | 'start' | 'complete' | 'confirm' | 'reopen' | 'cancel'

/** The one transition table: action -> (from status -> to status). Absent means not allowed. */
export const TRANSITIONS: Record<RepairAction, Partial<Record<Status, Status>>> = {
  accept: { submitted: 'accepted' },
  assign: { submitted: 'accepted', accepted: 'accepted', in_progress: 'in_progress' },
  start: { accepted: 'in_progress' },
  complete: { in_progress: 'completed' },
  confirm: { completed: 'closed' },
  reopen: { completed: 'in_progress' },
  cancel: { submitted: 'cancelled', accepted: 'cancelled', in_progress: 'cancelled' },
}

const STATUS_BY_TIMER_RUNNING: Record<Timer, readonly Status[]> = {
  response: ['submitted'],
  resolution: OPEN_STATUSES,
}

const OVERDUE_EVENT: Record<Timer, TimelineType> = {
  response: 'response_overdue',
  resolution: 'resolution_overdue',
}

export interface NewWorkOrder {
  id: string
  category: Category
  priority: Priority
  description: string
  photos: string[]
}

export function createWorkOrder(input: NewWorkOrder, resident: Actor, now: IsoTime, policy: SlaPolicy): WorkOrder {
  const timeline: TimelineEvent[] = [{ type: 'created', at: now, by: resident.openid }]
  const draft: WorkOrder = {
    ...input,
    version: 0,
    status: 'submitted',
    unitId: resident.unitId ?? '',
    residentOpenid: resident.openid,
    residentName: resident.name,
    createdAt: now,
    acceptedAt: null,
    startedAt: null,
    completedAt: null,
    closedAt: null,
    cancelledAt: null,
    assigneeOpenid: null,
    assigneeName: null,
    deadlines: deadlinesFor(policy, { ...input, createdAt: now, timeline }),
    overdue: { response: null, resolution: null },
    durations: { responseMinutes: null, resolutionMinutes: null },
    reopenCount: 0,
    rating: null,
    completionNote: null,
    completionPhotos: [],
    timeline,
    nextCheckAt: null,
  }
  return { ...draft, nextCheckAt: nextCheckAt(draft) }
}

/** Whether a timer is still counting for this order. */
export function isRunning(order: WorkOrder, timer: Timer): boolean {
  return STATUS_BY_TIMER_RUNNING[timer].includes(order.status)
}

/** The earliest deadline still running and not yet flagged: when the sweep must look again. */
export function nextCheckAt(order: WorkOrder): IsoTime | null {
  const pending = TIMERS.filter((t) => isRunning(order, t) && order.overdue[t] === null).map((t) => order.deadlines[t])
  return pending.length === 0 ? null : pending.sort()[0]!
}

/**
 * Flags every running timer whose deadline has passed, once. The sweep calls it, and so does every
 * transition before it stops a clock, so a job accepted late still counts as late.
 */
export function flagBreaches(order: WorkOrder, now: IsoTime): { order: WorkOrder; flagged: Timer[] } {
  const flagged = TIMERS.filter((t) => isRunning(order, t) && order.overdue[t] === null && order.deadlines[t] <= now)
  if (flagged.length === 0) return { order, flagged }
  const overdue = { ...order.overdue }
  const events: TimelineEvent[] = []
  for (const timer of flagged) {
    overdue[timer] = now
    events.push({ type: OVERDUE_EVENT[timer], at: now, by: SYSTEM_OPENID })
  }
  const next = { ...order, overdue, timeline: [...order.timeline, ...events] }
  return { order: { ...next, nextCheckAt: nextCheckAt(next) }, flagged }
}

/** Who may see an order: managers all, residents their unit's, staff the pool and their own jobs. */
export function canView(order: WorkOrder, actor: Actor): boolean {
  switch (actor.role) {
    case 'manager':
      return true
    case 'resident':
      return actor.unitId !== null && order.unitId === actor.unitId
    case 'maintenance':
      return order.status === 'submitted' || order.assigneeOpenid === actor.openid
    default:
      return false
  }
}

type Change = Partial<Omit<WorkOrder, 'id' | 'status' | 'timeline' | 'version'>>

function transition(
  order: WorkOrder,
  action: RepairAction,
  actor: Actor,
  now: IsoTime,
  event: { type: TimelineType; note?: string },
  change: (flagged: WorkOrder) => Change,
): Result<WorkOrder> {
  const to = TRANSITIONS[action][order.status]
  if (!to) {
    return fail(appError(ErrorCode.INVALID_TRANSITION, `cannot ${action} an order that is ${order.status}`))
  }
  const flagged = flagBreaches(order, now).order
  const entry: TimelineEvent = { type: event.type, at: now, by: actor.openid }
  if (event.note) entry.note = event.note
  const next: WorkOrder = { ...flagged, ...change(flagged), status: to, timeline: [...flagged.timeline, entry] }
  return ok({ ...next, nextCheckAt: nextCheckAt(next) })
}

const forbidden = (why: string) => fail(appError(ErrorCode.FORBIDDEN, why))

const isHouseholdOf = (order: WorkOrder, actor: Actor) => actor.role === 'resident' && actor.unitId === order.unitId

function takeOn(order: WorkOrder, staff: Actor, now: IsoTime): Change {
  const firstResponse = order.acceptedAt === null
  return {
    assigneeOpenid: staff.openid,
    assigneeName: staff.name,
    acceptedAt: order.acceptedAt ?? now,
    durations: firstResponse
      ? { ...order.durations, responseMinutes: minutesBetween(order.createdAt, now) }
      : order.durations,
  }
}

/** A maintenance worker grabs an order from the pool; whoever comes second gets CONFLICT. */
export function accept(order: WorkOrder, staff: Actor, now: IsoTime): Result<WorkOrder> {
  if (staff.role !== 'maintenance') return forbidden('only maintenance staff accept jobs')
  if (order.status !== 'submitted' && order.assigneeOpenid !== null) {
    return fail(appError(ErrorCode.CONFLICT, 'another worker has already taken this job'))
  }
  return transition(order, 'accept', staff, now, { type: 'accepted' }, (o) => takeOn(o, staff, now))
}

/** A manager hands the order to a worker (also reassigns one already taken). */
export function assign(order: WorkOrder, manager: Actor, staff: Actor, now: IsoTime): Result<WorkOrder> {
  if (manager.role !== 'manager') return forbidden('only managers assign jobs')
  if (staff.role !== 'maintenance') {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'assignee is not maintenance staff', { staffOpenid: ['不是维修人员'] }))
  }
  return transition(order, 'assign', manager, now, { type: 'assigned', note: staff.name }, (o) => takeOn(o, staff, now))
}

export function start(order: WorkOrder, staff: Actor, now: IsoTime): Result<WorkOrder> {
  if (order.assigneeOpenid !== staff.openid) return forbidden('only the assignee starts the job')
  return transition(order, 'start', staff, now, { type: 'started' }, (o) => ({ startedAt: o.startedAt ?? now }))
}

export function complete(
  order: WorkOrder,
  staff: Actor,
  now: IsoTime,
  report: { note?: string; photos?: string[] },
): Result<WorkOrder> {
  if (order.assigneeOpenid !== staff.openid) return forbidden('only the assignee completes the job')
  return transition(order, 'complete', staff, now, { type: 'completed', note: report.note }, (o) => ({
    completedAt: now,
    completionNote: report.note ?? null,
    completionPhotos: report.photos ?? [],
    durations: { ...o.durations, resolutionMinutes: minutesBetween(o.createdAt, now) },
  }))
}

/** The household accepts the work and rates it; the order closes. */
export function confirm(
  order: WorkOrder,
  resident: Actor,
  now: IsoTime,
  rating: { stars: number; comment?: string },
): Result<WorkOrder> {
  if (!isHouseholdOf(order, resident)) return forbidden('only the household confirms its order')
  return transition(order, 'confirm', resident, now, { type: 'confirmed', note: rating.comment }, () => ({
    closedAt: now,
    rating: rating.comment ? { stars: rating.stars, comment: rating.comment } : { stars: rating.stars },
  }))
}

/** The household says the job is not done: back to work, with a fresh resolution deadline. */
export function reopen(order: WorkOrder, resident: Actor, now: IsoTime, reason: string, policy: SlaPolicy): Result<WorkOrder> {
  if (!isHouseholdOf(order, resident)) return forbidden('only the household reopens its order')
  return transition(order, 'reopen', resident, now, { type: 'reopened', note: reason }, (o) => {
    const reopened = { ...o, timeline: [...o.timeline, { type: 'reopened' as const, at: now, by: resident.openid }] }
    return {
      completedAt: null,
      reopenCount: o.reopenCount + 1,
      deadlines: deadlinesFor(policy, reopened),
      overdue: { ...o.overdue, resolution: null },
      durations: { ...o.durations, resolutionMinutes: null },
    }
  })
}

/** Residents may withdraw before anyone accepted; managers may cancel any job not yet done. */
export function cancel(order: WorkOrder, actor: Actor, now: IsoTime, reason?: string): Result<WorkOrder> {
  if (actor.role === 'resident') {
    if (!isHouseholdOf(order, actor)) return forbidden('only the household cancels its order')
    if (order.status !== 'submitted') {
      return fail(appError(ErrorCode.INVALID_TRANSITION, 'the job has been accepted; ask the property office to cancel it'))
    }
  } else if (actor.role !== 'manager') {
    return forbidden('only the household or a manager cancels an order')
  }
  return transition(order, 'cancel', actor, now, { type: 'cancelled', note: reason }, () => ({ cancelledAt: now }))
}
