import { addMinutes, type IsoTime } from '../shared/time'
import type { Category, Priority, Timer, WorkOrder } from './work-order'

/** How long each timer may run, in minutes. */
export type SlaWindows = Record<Timer, number>

export interface SlaPolicy {
  /** Windows by priority, for every category without its own. */
  defaults: Record<Priority, SlaWindows>
  /** Category-specific windows (e.g. a stuck elevator), overriding the defaults. */
  byCategory: Partial<Record<Category, Partial<Record<Priority, SlaWindows>>>>
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  defaults: {
    urgent: { response: 15, resolution: 4 * 60 },
    normal: { response: 30, resolution: 24 * 60 },
  },
  byCategory: {},
}

export function windowsFor(policy: SlaPolicy, category: Category, priority: Priority): SlaWindows {
  return policy.byCategory[category]?.[priority] ?? policy.defaults[priority]
}

type DeadlineInput = Pick<WorkOrder, 'category' | 'priority' | 'createdAt' | 'timeline'>

/**
 * The deadlines an order runs against. A pure function of the order, so later rules (service
 * hours, pauses) slot in here: the response clock starts at submission; the resolution clock
 * restarts at the latest reopen, because a reopened job is a fresh promise to the resident.
 */
export function deadlinesFor(policy: SlaPolicy, order: DeadlineInput): Record<Timer, IsoTime> {
  const windows = windowsFor(policy, order.category, order.priority)
  const lastReopen = [...order.timeline].reverse().find((e) => e.type === 'reopened')
  const resolutionStart = lastReopen ? lastReopen.at : order.createdAt
  return {
    response: addMinutes(order.createdAt, windows.response),
    resolution: addMinutes(resolutionStart, windows.resolution),
  }
}
