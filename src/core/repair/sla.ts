import { earliest, isAtOrBefore, isBefore } from '../shared/instant'
import { minutesBetween as wallMinutesBetween, type IsoTime } from '../shared/time'
import {
  DEFAULT_SERVICE_HOURS,
  ROUND_THE_CLOCK,
  ServiceCalendar,
  type ServiceHours,
  type SlaClock,
} from '../sla/service-hours'
import { outcomeAt, windowSchedule, type TimerOutcome, type TimerSchedule } from '../sla/ladder'
import type { Category, Priority, SlaTerms, Timer, WorkOrder } from './work-order'

/** How long each timer may run, in minutes. */
export type SlaWindows = Record<Timer, number>

export interface SlaPolicy {
  /** Windows by priority, for every category without its own. */
  defaults: Record<Priority, SlaWindows>
  /** Category-specific windows (e.g. a stuck elevator), overriding the defaults. */
  byCategory: Partial<Record<Category, Partial<Record<Priority, SlaWindows>>>>
  /** Share of a window after which the assignee is warned. */
  warnShare: number
  /** When normal-priority clocks run. */
  serviceHours: ServiceHours
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  defaults: {
    urgent: { response: 15, arrival: 60, resolution: 4 * 60 },
    // One service day (12 h) to resolve: the "within 24 hours" promise for a job reported in hours.
    normal: { response: 30, arrival: 4 * 60, resolution: 12 * 60 },
  },
  byCategory: {},
  warnShare: 0.8,
  serviceHours: DEFAULT_SERVICE_HOURS,
}

type ScheduleInput = Pick<WorkOrder, 'createdAt' | 'timeline' | 'holds' | 'preferredSlot' | 'sla'>

/** A policy compiled for use: the clock of an order, its terms, the schedule of its timers. */
export class SlaRules {
  readonly calendar: ServiceCalendar

  constructor(readonly policy: SlaPolicy) {
    this.calendar = new ServiceCalendar(policy.serviceHours)
  }

  termsFor(category: Category, priority: Priority): SlaTerms {
    const windows = this.policy.byCategory[category]?.[priority] ?? this.policy.defaults[priority]
    return { windows, warnShare: this.policy.warnShare, roundTheClock: priority === 'urgent' }
  }

  clockOf(order: Pick<WorkOrder, 'sla'>): SlaClock {
    return order.sla.roundTheClock ? ROUND_THE_CLOCK : this.calendar
  }

  /**
   * The schedule of one timer as a pure function of (order, now). The response and arrival clocks
   * start at submission, resolution at the latest reopen. Time on hold (a hold still open counts up
   * to `now`) pushes every later point back by its business minutes.
   */
  schedule(order: ScheduleInput, timer: Timer, now: IsoTime): TimerSchedule {
    const clock = this.clockOf(order)
    const start = timerStart(order, timer)
    const holds = order.holds.filter((h) => isAtOrBefore(start, h.from))
    const pushBack = (point: IsoTime) =>
      holds.reduce(
        (at, h) => (isBefore(h.from, at) ? clock.addMinutes(at, clock.minutesBetween(h.from, h.to ?? now)) : at),
        point,
      )
    const window = order.sla.windows[timer]
    const slot = timer === 'arrival' ? order.preferredSlot : null
    if (slot) {
      // The resident chose when to be visited: the promise is the slot, in wall-clock time.
      const slotMs = Date.parse(slot.to) - Date.parse(slot.from)
      const warnAt = new Date(Date.parse(slot.from) + slotMs * order.sla.warnShare).toISOString()
      const deadline = pushBack(slot.to)
      return { warnAt: pushBack(warnAt), deadline, escalateAt: clock.addMinutes(deadline, window) }
    }
    return windowSchedule(clock, start, window, order.sla.warnShare, pushBack)
  }

  /** Business minutes the timer has run by `now`, holds excluded. */
  elapsed(order: ScheduleInput, timer: Timer, now: IsoTime): number {
    const clock = this.clockOf(order)
    const start = timerStart(order, timer)
    const held = order.holds
      .filter((h) => isAtOrBefore(start, h.from) && isBefore(h.from, now))
      .reduce((sum, h) => sum + clock.minutesBetween(h.from, earliest(h.to ?? now, now)), 0)
    return clock.minutesBetween(start, now) - held
  }

  /** Whether the timer stopping at `now` kept its promise, and by how many business minutes. */
  outcome(order: ScheduleInput, timer: Timer, now: IsoTime): TimerOutcome {
    return outcomeAt(this.clockOf(order), this.schedule(order, timer, now).deadline, now)
  }

  /** Measured spans when a timer stops: business minutes (holds excluded) and wall-clock minutes. */
  measure(order: ScheduleInput, timer: Timer, now: IsoTime): { business: number; wall: number } {
    return {
      business: Math.floor(this.elapsed(order, timer, now)),
      wall: wallMinutesBetween(timerStart(order, timer), now),
    }
  }
}

export function timerStart(order: Pick<WorkOrder, 'createdAt' | 'timeline'>, timer: Timer): IsoTime {
  if (timer !== 'resolution') return order.createdAt
  // A plain loop: Array#findLast is missing on older WeChat base libraries.
  for (let i = order.timeline.length - 1; i >= 0; i--) {
    if (order.timeline[i]!.type === 'reopened') return order.timeline[i]!.at
  }
  return order.createdAt
}
