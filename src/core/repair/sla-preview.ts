import type { IsoTime } from '../shared/time'
import { SlaRules, type SlaPolicy } from './sla'
import { TIMERS, type Category, type Priority, type Timer } from './work-order'

/**
 * The deadlines a job reported at `reportedAt` would be promised under `policy`: the very
 * schedule the SLA sweep uses, for an order with no holds and no chosen visiting time.
 */
export function promisedDeadlines(
  policy: SlaPolicy,
  category: Category,
  priority: Priority,
  reportedAt: IsoTime,
): Record<Timer, IsoTime> {
  const rules = new SlaRules(policy)
  const order = {
    createdAt: reportedAt,
    timeline: [],
    holds: [],
    preferredSlot: null,
    sla: rules.termsFor(category, priority),
  }
  return Object.fromEntries(TIMERS.map((t) => [t, rules.schedule(order, t, reportedAt).deadline])) as Record<
    Timer,
    IsoTime
  >
}
