import { byInstant } from '../shared/instant'
import { SYSTEM_OPENID } from '../identity/actor'
import { fireDueSteps, nextStepAt, type FiredStep } from '../sla/ladder'
import type { IsoTime } from '../shared/time'
import { FEEDBACK_TIMERS, type Feedback, type FeedbackEvent, type FeedbackStatus, type FeedbackTimer } from './feedback'
import type { FeedbackRules } from './feedback-sla'

// The SLA ladder of a feedback item: which clocks run, their deadlines, and firing each step once.

/** The statuses in which each clock runs. */
const RUNS_IN: Record<FeedbackTimer, readonly FeedbackStatus[]> = {
  acknowledge: ['submitted'],
  resolve: ['submitted', 'acknowledged', 'reopened'],
}

export const isRunning = (item: Feedback, timer: FeedbackTimer) => RUNS_IN[timer].includes(item.status)

/** Sets the running clocks' deadlines and when the sweep next looks at the item. */
export function finalize(item: Feedback, rules: FeedbackRules): Feedback {
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
