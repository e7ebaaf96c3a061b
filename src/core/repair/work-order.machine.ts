import { byInstant, instant, isAtOrBefore, isBefore } from '../shared/instant'
import { PREFERRED_SLOT } from './repair.schemas'
import type { Actor } from '../identity/actor'
import { SYSTEM_OPENID } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import { HOLD_REASON_LABEL } from './repair.labels'
import type { SlaRules } from './sla'
import { fireDueSteps, nextStepAt, type FiredStep } from '../sla/ladder'
import {
  OPEN_STATUSES,
  TIMERS,
  type Category,
  type DispatchMode,
  type HoldReason,
  type Priority,
  type Status,
  type TimelineEvent,
  type TimelineType,
  type Timer,
  type WorkOrder,
} from './work-order'

export type RepairAction =
  'accept' | 'assign' | 'transfer' | 'start' | 'hold' | 'resume' | 'complete' | 'confirm' | 'reopen' | 'cancel'

/** Resuming returns to the status the hold was entered from. */
const PREVIOUS = 'previous'

/** The one transition table: action -> (from status -> to status). Absent means not allowed. */
export const TRANSITIONS: Record<RepairAction, Partial<Record<Status, Status | typeof PREVIOUS>>> = {
  accept: { submitted: 'accepted' },
  assign: { submitted: 'submitted', accepted: 'accepted', in_progress: 'in_progress', on_hold: 'on_hold' },
  transfer: { accepted: 'accepted', in_progress: 'in_progress', on_hold: 'on_hold' },
  start: { accepted: 'in_progress' },
  hold: { accepted: 'on_hold', in_progress: 'on_hold' },
  resume: { on_hold: PREVIOUS },
  complete: { in_progress: 'completed' },
  confirm: { completed: 'closed' },
  reopen: { completed: 'in_progress' },
  cancel: { submitted: 'cancelled', accepted: 'cancelled', in_progress: 'cancelled', on_hold: 'cancelled' },
}

/** The statuses in which each timer's clock runs. On hold, the clocks of the status held from are paused. */
const RUNS_IN: Record<Timer, readonly Status[]> = {
  response: ['submitted'],
  arrival: ['submitted', 'accepted'],
  resolution: ['submitted', 'accepted', 'in_progress'],
}

const openHold = (order: WorkOrder) => (order.status === 'on_hold' ? order.holds[order.holds.length - 1] : undefined)

/** Whether a timer's clock is running now. */
export function isRunning(order: WorkOrder, timer: Timer): boolean {
  return RUNS_IN[timer].includes(order.status)
}

/** Running, or paused by a hold and due to run again on resume. */
function isLive(order: WorkOrder, timer: Timer): boolean {
  const hold = openHold(order)
  return isRunning(order, timer) || (hold !== undefined && RUNS_IN[timer].includes(hold.resumeTo))
}

/** Recomputes what follows from the rest: live deadlines, pool membership, the sweep's next look. */
function finalize(order: WorkOrder, now: IsoTime, rules: SlaRules): WorkOrder {
  const deadlines = { ...order.deadlines }
  for (const timer of TIMERS) if (isLive(order, timer)) deadlines[timer] = rules.schedule(order, timer, now).deadline
  const next: WorkOrder = {
    ...order,
    deadlines,
    inPool: order.status === 'submitted' && order.assigneeOpenid === null && order.dispatch === 'pool',
  }
  return { ...next, nextCheckAt: nextCheckAt(next, now, rules), lateSince: lateSince(next) }
}

/** The earliest breach of an order still open: where it sits on the late board. */
export function lateSince(order: WorkOrder): IsoTime | null {
  if (!OPEN_STATUSES.includes(order.status)) return null
  const breaches = TIMERS.map((t) => order.overdue[t]).filter((at): at is IsoTime => at !== null)
  return breaches.length === 0 ? null : breaches.sort(byInstant)[0]!
}

/** The next ladder step due on a running timer, or the end of a timed hold. */
export function nextCheckAt(order: WorkOrder, now: IsoTime, rules: SlaRules): IsoTime | null {
  const points: IsoTime[] = []
  const hold = openHold(order)
  if (hold?.until) points.push(hold.until)
  for (const timer of TIMERS) {
    if (!isRunning(order, timer)) continue
    const point = nextStepAt(order, timer, rules.schedule(order, timer, now))
    if (point) points.push(point)
  }
  return points.length === 0 ? null : points.sort(byInstant)[0]!
}

/**
 * Fires each ladder step now due on a running timer, once. When the sweep comes late and several
 * steps of one timer are due together, only the highest is announced: a warning after the breach
 * is noise. The transitions call this before they stop a clock, so a late acceptance counts as late.
 */
export function advanceLadder(
  order: WorkOrder,
  now: IsoTime,
  rules: SlaRules,
): { order: WorkOrder; fired: FiredStep<Timer>[] } {
  const running = TIMERS.filter((timer) => isRunning(order, timer))
  const { records, fired } = fireDueSteps(running, order, (timer) => rules.schedule(order, timer, now), now)
  if (fired.length === 0) return { order, fired }
  const events: TimelineEvent[] = fired.map(({ timer, step }) => ({
    type: `${timer}_${step}`,
    at: now,
    by: SYSTEM_OPENID,
  }))
  return { order: { ...order, ...records, timeline: [...order.timeline, ...events] }, fired }
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

/** Who may see an order: managers all; residents their unit's; staff the pool, their jobs and jobs they first took. */
export function canView(order: WorkOrder, actor: Actor): boolean {
  switch (actor.role) {
    case 'manager':
      return true
    case 'resident':
      return actor.unitId !== null && order.unitId === actor.unitId
    case 'maintenance':
      return order.inPool || order.assigneeOpenid === actor.openid || order.firstResponderOpenid === actor.openid
    default:
      return false
  }
}

export interface NewWorkOrder {
  id: string
  category: Category
  priority: Priority
  description: string
  photos: readonly string[]
  preferredSlot?: { from: IsoTime; to: IsoTime }
}

/** How the new order is routed: the category's dispatch mode and, for grid dispatch, the grid's owner. */
export interface Dispatch {
  mode: DispatchMode
  gridId: string | null
  gridOwner: Actor | null
}

const DAY_MS = 86_400_000
/** A timed hold ends within this many days: the clocks may not be parked for ever. */
export const HOLD_MAX_DAYS = 30

/** The slot must start after now and end within the week (its length is checked by the schema). */
function preferredSlotError(slot: { from: IsoTime; to: IsoTime }, now: IsoTime) {
  if (!isBefore(now, slot.from)) {
    return appError(ErrorCode.VALIDATION_FAILED, 'preferred slot must start after now', {
      'preferredSlot.from': ['预约时间须晚于现在'],
    })
  }
  if (instant(slot.to) - instant(now) > PREFERRED_SLOT.withinDays * DAY_MS) {
    return appError(ErrorCode.VALIDATION_FAILED, 'preferred slot must end within 7 days', {
      'preferredSlot.to': [`请预约 ${PREFERRED_SLOT.withinDays} 天内的时间`],
    })
  }
  return null
}

export function createWorkOrder(
  input: NewWorkOrder,
  resident: Actor,
  now: IsoTime,
  rules: SlaRules,
  dispatch: Dispatch,
): Result<WorkOrder> {
  const slotError = input.preferredSlot ? preferredSlotError(input.preferredSlot, now) : null
  if (slotError) return fail(slotError)
  const owner = dispatch.mode === 'grid' ? dispatch.gridOwner : null
  const timeline: TimelineEvent[] = [{ type: 'created', at: now, by: resident.openid }]
  if (owner) timeline.push({ type: 'dispatched', at: now, by: SYSTEM_OPENID, note: owner.name })
  const order: WorkOrder = {
    id: input.id,
    version: 0,
    status: 'submitted',
    category: input.category,
    priority: input.priority,
    description: input.description,
    photos: [...input.photos],
    unitId: resident.unitId ?? '',
    residentOpenid: resident.openid,
    residentName: resident.name,
    preferredSlot: input.preferredSlot ?? null,
    // Grid dispatch without an owner falls back to the pool rather than stranding the job.
    dispatch: dispatch.mode === 'grid' && !owner ? 'pool' : dispatch.mode,
    gridId: dispatch.gridId,
    inPool: false,
    createdAt: now,
    acceptedAt: null,
    startedAt: null,
    completedAt: null,
    closedAt: null,
    cancelledAt: null,
    assigneeOpenid: owner?.openid ?? null,
    assigneeName: owner?.name ?? null,
    firstResponderOpenid: null,
    firstResponderName: null,
    sla: rules.termsFor(input.category, input.priority),
    holds: [],
    deadlines: { response: now, arrival: now, resolution: now },
    overdue: { response: null, arrival: null, resolution: null },
    warned: { response: null, arrival: null, resolution: null },
    escalated: { response: null, arrival: null, resolution: null },
    outcomes: { response: null, arrival: null, resolution: null },
    durations: {
      responseMinutes: null,
      arrivalMinutes: null,
      resolutionMinutes: null,
      wallMinutes: { response: null, arrival: null, resolution: null },
    },
    reopenCount: 0,
    rating: null,
    completionNote: null,
    completionPhotos: [],
    timeline,
    nextCheckAt: null,
  }
  return ok(finalize(order, now, rules))
}

type Change = Partial<Omit<WorkOrder, 'id' | 'status' | 'timeline' | 'version'>>

function transition(
  order: WorkOrder,
  action: RepairAction,
  by: string,
  now: IsoTime,
  rules: SlaRules,
  event: { type: TimelineType; note?: string },
  change: (current: WorkOrder) => Change,
): Result<WorkOrder> {
  const to = TRANSITIONS[action][order.status]
  if (!to) return fail(appError(ErrorCode.INVALID_TRANSITION, `cannot ${action} an order that is ${order.status}`))
  const current = advanceLadder(order, now, rules).order
  const entry: TimelineEvent = { type: event.type, at: now, by }
  if (event.note) entry.note = event.note
  const status = to === PREVIOUS ? openHold(order)!.resumeTo : to
  const next: WorkOrder = { ...current, ...change(current), status, timeline: [...current.timeline, entry] }
  return ok(finalize(next, now, rules))
}

/** Stops a timer: records whether its promise was kept and the time it took. */
function stopTimer(order: WorkOrder, timer: Timer, now: IsoTime, rules: SlaRules): Change {
  const { business, wall } = rules.measure(order, timer, now)
  return {
    outcomes: { ...order.outcomes, [timer]: rules.outcome(order, timer, now) },
    durations: {
      ...order.durations,
      [`${timer}Minutes`]: business,
      wallMinutes: { ...order.durations.wallMinutes, [timer]: wall },
    },
  }
}

const forbidden = (why: string) => fail(appError(ErrorCode.FORBIDDEN, why))

const isHouseholdOf = (order: WorkOrder, actor: Actor) => actor.role === 'resident' && actor.unitId === order.unitId

const isWorker = (actor: Actor) => actor.role === 'maintenance'

function notAWorker(): Result<never> {
  return fail(appError(ErrorCode.VALIDATION_FAILED, 'not maintenance staff', { staffOpenid: ['请选择维修人员'] }))
}

/** A worker takes the job: from the pool (first one wins; the rest get CONFLICT) or as dispatched to them. */
export function accept(order: WorkOrder, staff: Actor, now: IsoTime, rules: SlaRules): Result<WorkOrder> {
  if (!isWorker(staff)) return forbidden('only maintenance staff accept jobs')
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

/** A manager dispatches a waiting job to a worker (who still accepts it), or hands a running one over. */
export function assign(
  order: WorkOrder,
  manager: Actor,
  staff: Actor,
  now: IsoTime,
  rules: SlaRules,
): Result<WorkOrder> {
  if (manager.role !== 'manager') return forbidden('only managers assign jobs')
  if (!isWorker(staff)) return notAWorker()
  return transition(order, 'assign', manager.openid, now, rules, { type: 'assigned', note: staff.name }, () => ({
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
  if (!isWorker(to)) return notAWorker()
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
  if (pause.until !== undefined && instant(pause.until) - instant(now) > HOLD_MAX_DAYS * DAY_MS) {
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
