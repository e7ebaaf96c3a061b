import type { Actor } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import type {
  Feedback,
  FeedbackEvent,
  FeedbackEventType,
  FeedbackStatus,
  FeedbackTimer,
  ThreadMessage,
} from './feedback'
import type { FeedbackRules } from './feedback-sla'
import { advanceFeedbackLadder, finalize } from './feedback.ladder'

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

export type Change = Partial<Omit<Feedback, 'id' | 'status' | 'timeline' | 'version'>>

/** Moves the item through the table: fires due ladder steps first, applies the change, logs the event. */
export function transition(
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

/** Stops a clock: records whether it was met and how long it ran. */
export function stopTimer(item: Feedback, timer: FeedbackTimer, now: IsoTime, rules: FeedbackRules): Change {
  return {
    outcomes: { ...item.outcomes, [timer]: rules.outcome(item, timer, now) },
    durations: { ...item.durations, [timer]: rules.elapsed(item, timer, now) },
  }
}

/** One message of the conversation with the household. */
export const say = (from: ThreadMessage['from'], actor: Actor, message: string, at: IsoTime): ThreadMessage => ({
  at,
  from,
  byOpenid: actor.openid,
  byName: actor.name,
  message,
})
