import { isBefore } from '../shared/instant'
import { worksTheOffice, type Actor } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, type Result } from '../shared/result'
import { addMinutes, type IsoTime } from '../shared/time'
import { REOPEN_DAYS, type Feedback } from './feedback'
import type { FeedbackRules } from './feedback-sla'
import { say, stopTimer, transition } from './feedback.transitions'
import { handles, isHouseholdOf, isStaff, notStaff } from './feedback.visibility'

/** The named actions on a feedback item: each checks who may act, then goes through the one transition table. */

const forbidden = (why: string) => fail(appError(ErrorCode.FORBIDDEN, why))

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
