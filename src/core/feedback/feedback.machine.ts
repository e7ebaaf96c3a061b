import { byInstant, isBefore } from '../shared/instant'
import type { Actor } from '../identity/actor'
import { SYSTEM_OPENID, worksTheOffice } from '../identity/actor'
import { fireDueSteps, nextStepAt, type FiredStep } from '../sla/ladder'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import { addMinutes, type IsoTime } from '../shared/time'
import {
  FEEDBACK_TIMERS,
  REOPEN_DAYS,
  type Feedback,
  type FeedbackEvent,
  type FeedbackEventType,
  type FeedbackKind,
  type FeedbackSource,
  type FeedbackStatus,
  type FeedbackTimer,
  type FeedbackTopic,
  type ThreadMessage,
} from './feedback'
import type { FeedbackRules } from './feedback-sla'

export type FeedbackAction =
  'acknowledge' | 'assign' | 'transfer' | 'reply' | 'resolve' | 'confirm' | 'reopen' | 'followUp'

/** The one transition table: action -> (from status -> to status). Absent means not allowed. */
export const FEEDBACK_TRANSITIONS: Record<FeedbackAction, Partial<Record<FeedbackStatus, FeedbackStatus>>> = {
  acknowledge: { submitted: 'acknowledged' },
  assign: { submitted: 'submitted', acknowledged: 'acknowledged', reopened: 'reopened' },
  transfer: { acknowledged: 'acknowledged', reopened: 'reopened' },
  reply: { acknowledged: 'acknowledged', reopened: 'reopened', resolved: 'resolved' },
  resolve: { acknowledged: 'resolved', reopened: 'resolved' },
  confirm: { resolved: 'closed' },
  reopen: { resolved: 'reopened', closed: 'reopened' },
  followUp: { submitted: 'submitted', acknowledged: 'acknowledged', reopened: 'reopened', resolved: 'resolved' },
}

/** The statuses in which each clock runs. */
const RUNS_IN: Record<FeedbackTimer, readonly FeedbackStatus[]> = {
  acknowledge: ['submitted'],
  resolve: ['submitted', 'acknowledged', 'reopened'],
}

export const isRunning = (item: Feedback, timer: FeedbackTimer) => RUNS_IN[timer].includes(item.status)

/** Statuses in which the feedback is still someone's job. */
export const OPEN_FEEDBACK: readonly FeedbackStatus[] = ['submitted', 'acknowledged', 'reopened']

const STAFF_ROLES: readonly string[] = ['maintenance', 'manager']
const isStaff = (actor: Actor) => STAFF_ROLES.includes(actor.role)
const isHouseholdOf = (item: Feedback, actor: Actor) => actor.role === 'resident' && actor.unitId === item.unitId
/** Whoever answers for it now: the assignee, the first responder, or any manager. */
const handles = (item: Feedback, actor: Actor) =>
  actor.role === 'manager' || item.assigneeOpenid === actor.openid || item.ownerOpenid === actor.openid

const forbidden = (why: string) => fail(appError(ErrorCode.FORBIDDEN, why))
const notStaff = (field: string) =>
  fail(appError(ErrorCode.VALIDATION_FAILED, 'not a staff member', { [field]: ['请选择物业工作人员'] }))

/** Who may read it: the office all; the household its own; staff the unclaimed pool and what they hold or took first. */
export function canViewFeedback(item: Feedback, actor: Actor): boolean {
  if (worksTheOffice(actor)) return true
  if (actor.role === 'resident') return actor.unitId !== null && item.unitId === actor.unitId
  if (actor.role === 'maintenance') {
    const unclaimed = item.status === 'submitted' && item.assigneeOpenid === null
    return unclaimed || handles(item, actor) || item.praisedOpenid === actor.openid
  }
  return false
}

function finalize(item: Feedback, rules: FeedbackRules): Feedback {
  const deadlines = { ...item.deadlines }
  const points: IsoTime[] = []
  for (const timer of FEEDBACK_TIMERS) {
    if (!isRunning(item, timer)) continue
    const schedule = rules.schedule(item, timer)
    deadlines[timer] = schedule.deadline
    const point = nextStepAt(item, timer, schedule)
    if (point) points.push(point)
  }
  return { ...item, deadlines, nextCheckAt: points.length === 0 ? null : points.sort(byInstant)[0]! }
}

/** Fires each ladder step now due, once; transitions call it first so a late acknowledgement counts as late. */
export function advanceFeedbackLadder(
  item: Feedback,
  now: IsoTime,
  rules: FeedbackRules,
): { item: Feedback; fired: FiredStep<FeedbackTimer>[] } {
  const running = FEEDBACK_TIMERS.filter((timer) => isRunning(item, timer))
  const { records, fired } = fireDueSteps(running, item, (timer) => rules.schedule(item, timer), now)
  if (fired.length === 0) return { item, fired }
  const events: FeedbackEvent[] = fired.map(({ timer, step }) => ({
    type: `${timer}_${step}`,
    at: now,
    by: SYSTEM_OPENID,
  }))
  return { item: { ...item, ...records, timeline: [...item.timeline, ...events] }, fired }
}

/** What the sweep does to one due item. */
export function sweepFeedback(item: Feedback, now: IsoTime, rules: FeedbackRules) {
  const { item: stepped, fired } = advanceFeedbackLadder(item, now, rules)
  return { item: fired.length > 0 ? finalize(stepped, rules) : item, fired }
}

export interface NewFeedback {
  id: string
  kind: FeedbackKind
  topic: FeedbackTopic
  description: string
  photos: readonly string[]
  anonymous: boolean
  relatedOrderId: string | null
  source: FeedbackSource
}

/** How it is routed: to the owner of the unit's grid when there is one, else to the pool. */
export interface FeedbackRouting {
  gridId: string | null
  gridOwner: Actor | null
  /** Praise only: the staff member thanked. */
  praised: Actor | null
}

const emptyTimers = <T>(value: T): Record<FeedbackTimer, T> => ({ acknowledge: value, resolve: value })

export function createFeedback(
  input: NewFeedback,
  resident: Actor,
  now: IsoTime,
  rules: FeedbackRules,
  routing: FeedbackRouting,
): Result<Feedback> {
  if (input.kind === 'praise' && !(routing.praised && isStaff(routing.praised))) return notStaff('staffOpenid')
  const praise = input.kind === 'praise'
  // Praise needs no handling: it is closed as it arrives and only credited.
  const owner = praise ? null : routing.gridOwner
  const timeline: FeedbackEvent[] = [{ type: 'created', at: now, by: resident.openid }]
  if (owner) timeline.push({ type: 'dispatched', at: now, by: SYSTEM_OPENID, note: owner.name })
  const item: Feedback = {
    id: input.id,
    version: 0,
    kind: input.kind,
    topic: input.topic,
    description: input.description,
    photos: [...input.photos],
    anonymous: input.anonymous,
    source: input.source,
    status: praise ? 'closed' : 'submitted',
    unitId: resident.unitId ?? '',
    residentOpenid: resident.openid,
    residentName: resident.name,
    relatedOrderId: input.relatedOrderId,
    praisedOpenid: praise ? routing.praised!.openid : null,
    praisedName: praise ? routing.praised!.name : null,
    gridId: routing.gridId,
    assigneeOpenid: owner?.openid ?? null,
    assigneeName: owner?.name ?? null,
    ownerOpenid: null,
    ownerName: null,
    createdAt: now,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: praise ? now : null,
    resolution: null,
    rating: null,
    reopenCount: 0,
    sla: rules.termsFor(input.kind, input.topic),
    deadlines: emptyTimers(null),
    outcomes: emptyTimers(null),
    durations: emptyTimers(null),
    warned: emptyTimers(null),
    overdue: emptyTimers(null),
    escalated: emptyTimers(null),
    thread: [],
    timeline,
    nextCheckAt: null,
  }
  return ok(finalize(item, rules))
}

type Change = Partial<Omit<Feedback, 'id' | 'status' | 'timeline' | 'version'>>

function transition(
  item: Feedback,
  action: FeedbackAction,
  by: Actor,
  now: IsoTime,
  rules: FeedbackRules,
  event: { type: FeedbackEventType; note?: string },
  change: (current: Feedback) => Change = () => ({}),
): Result<Feedback> {
  const to = FEEDBACK_TRANSITIONS[action][item.status]
  if (!to) return fail(appError(ErrorCode.INVALID_TRANSITION, `cannot ${action} feedback that is ${item.status}`))
  const current = advanceFeedbackLadder(item, now, rules).item
  const entry: FeedbackEvent = { type: event.type, at: now, by: by.openid }
  if (event.note) entry.note = event.note
  return ok(finalize({ ...current, ...change(current), status: to, timeline: [...current.timeline, entry] }, rules))
}

function stopTimer(item: Feedback, timer: FeedbackTimer, now: IsoTime, rules: FeedbackRules): Change {
  return {
    outcomes: { ...item.outcomes, [timer]: rules.outcome(item, timer, now) },
    durations: { ...item.durations, [timer]: rules.elapsed(item, timer, now) },
  }
}

const say = (from: ThreadMessage['from'], actor: Actor, message: string, at: IsoTime): ThreadMessage => ({
  at,
  from,
  byOpenid: actor.openid,
  byName: actor.name,
  message,
})

/** 受理: the first staff member to acknowledge becomes the owner for good; a job dispatched to someone else is theirs. */
export function acknowledge(
  item: Feedback,
  staff: Actor,
  note: string,
  now: IsoTime,
  rules: FeedbackRules,
): Result<Feedback> {
  if (!isStaff(staff)) return forbidden('only staff acknowledge feedback')
  if (staff.role !== 'manager' && item.assigneeOpenid !== null && item.assigneeOpenid !== staff.openid) {
    return fail(appError(ErrorCode.CONFLICT, 'this feedback is with someone else'))
  }
  return transition(item, 'acknowledge', staff, now, rules, { type: 'acknowledged', note }, (o) => ({
    ...stopTimer(o, 'acknowledge', now, rules),
    acknowledgedAt: now,
    assigneeOpenid: staff.openid,
    assigneeName: staff.name,
    ownerOpenid: o.ownerOpenid ?? staff.openid,
    ownerName: o.ownerName ?? staff.name,
    thread: [...o.thread, say('staff', staff, note, now)],
  }))
}

export function reply(item: Feedback, staff: Actor, message: string, now: IsoTime, rules: FeedbackRules) {
  if (!isStaff(staff) || !handles(item, staff)) return forbidden('only whoever handles it replies')
  return transition(item, 'reply', staff, now, rules, { type: 'replied' }, (o) => ({
    thread: [...o.thread, say('staff', staff, message, now)],
  }))
}

/** The office (a manager or the service desk) sends it to a staff member (who still acknowledges a new one). */
export function assignFeedback(item: Feedback, dispatcher: Actor, staff: Actor, now: IsoTime, rules: FeedbackRules) {
  if (!worksTheOffice(dispatcher)) return forbidden('only the office assigns feedback')
  if (!isStaff(staff)) return notStaff('staffOpenid')
  return transition(item, 'assign', dispatcher, now, rules, { type: 'assigned', note: staff.name }, () => ({
    assigneeOpenid: staff.openid,
    assigneeName: staff.name,
  }))
}

/** Handover (转交); the owner stays the resident's named contact. */
export function transferFeedback(
  item: Feedback,
  actor: Actor,
  to: Actor,
  reason: string,
  now: IsoTime,
  rules: FeedbackRules,
) {
  if (!isStaff(actor) || !handles(item, actor)) return forbidden('only whoever handles it hands it over')
  if (!isStaff(to)) return notStaff('toOpenid')
  if (to.openid === item.assigneeOpenid) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'already the assignee', { toOpenid: ['已是当前处理人'] }))
  }
  const note = `${item.assigneeName ?? ''} → ${to.name}：${reason}`
  return transition(item, 'transfer', actor, now, rules, { type: 'transferred', note }, () => ({
    assigneeOpenid: to.openid,
    assigneeName: to.name,
  }))
}

export function resolveFeedback(item: Feedback, staff: Actor, resolution: string, now: IsoTime, rules: FeedbackRules) {
  if (!isStaff(staff) || !handles(item, staff)) return forbidden('only whoever handles it resolves it')
  return transition(item, 'resolve', staff, now, rules, { type: 'resolved', note: resolution }, (o) => ({
    ...stopTimer(o, 'resolve', now, rules),
    resolvedAt: now,
    resolution,
    thread: [...o.thread, say('staff', staff, resolution, now)],
  }))
}

export function confirmFeedback(
  item: Feedback,
  resident: Actor,
  verdict: { satisfied: boolean; rating: number; comment?: string },
  now: IsoTime,
  rules: FeedbackRules,
) {
  if (!isHouseholdOf(item, resident)) return forbidden('only the household confirms')
  const rating = {
    satisfied: verdict.satisfied,
    stars: verdict.rating,
    ...(verdict.comment ? { comment: verdict.comment } : {}),
  }
  return transition(item, 'confirm', resident, now, rules, { type: 'confirmed', note: verdict.comment }, () => ({
    closedAt: now,
    rating,
  }))
}

/** The household is not satisfied: the same owner works on it again with a fresh resolution clock. */
export function reopenFeedback(item: Feedback, resident: Actor, reason: string, now: IsoTime, rules: FeedbackRules) {
  if (!isHouseholdOf(item, resident)) return forbidden('only the household reopens')
  const since = item.closedAt ?? item.resolvedAt
  if (item.kind === 'praise' || !since) {
    return fail(appError(ErrorCode.INVALID_TRANSITION, 'nothing to reopen'))
  }
  if (isBefore(addMinutes(since, REOPEN_DAYS * 24 * 60), now)) {
    return fail(appError(ErrorCode.INVALID_TRANSITION, `reopening is possible for ${REOPEN_DAYS} days`))
  }
  return transition(item, 'reopen', resident, now, rules, { type: 'reopened', note: reason }, (o) => ({
    resolvedAt: null,
    closedAt: null,
    rating: null,
    reopenCount: o.reopenCount + 1,
    assigneeOpenid: o.assigneeOpenid ?? o.ownerOpenid,
    assigneeName: o.assigneeName ?? o.ownerName,
    warned: { ...o.warned, resolve: null },
    overdue: { ...o.overdue, resolve: null },
    escalated: { ...o.escalated, resolve: null },
    outcomes: { ...o.outcomes, resolve: null },
    durations: { ...o.durations, resolve: null },
    thread: [...o.thread, say('resident', resident, reason, now)],
  }))
}

/** 追问: the household asks again; the owner is told. */
export function followUp(item: Feedback, resident: Actor, message: string, now: IsoTime, rules: FeedbackRules) {
  if (!isHouseholdOf(item, resident)) return forbidden('only the household follows up')
  return transition(item, 'followUp', resident, now, rules, { type: 'followed_up' }, (o) => ({
    thread: [...o.thread, say('resident', resident, message, now)],
  }))
}
