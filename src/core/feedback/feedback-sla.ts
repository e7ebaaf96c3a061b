import { outcomeAt, windowSchedule, type TimerOutcome, type TimerSchedule } from '../sla/ladder'
import { ServiceCalendar, type ServiceHours } from '../sla/service-hours'
import type { IsoTime } from '../shared/time'
import type { Feedback, FeedbackKind, FeedbackTerms, FeedbackTimer, FeedbackTopic } from './feedback'

export type FeedbackWindows = Record<FeedbackTimer, number>

/** The promises managers set for feedback; the calendar is the estate's, shared with repairs. */
export interface FeedbackPolicy {
  defaults: FeedbackWindows
  /** Per kind (e.g. suggestions get longer), overriding the defaults. */
  byKind: Partial<Record<FeedbackKind, FeedbackWindows>>
  /** Per topic (e.g. noise needs a faster answer), overriding the kind. */
  byTopic: Partial<Record<FeedbackTopic, FeedbackWindows>>
  warnShare: number
}

const HOUR = 60

/** 24 h to acknowledge, 48 h to resolve, counted in service hours like normal repairs. */
export const DEFAULT_FEEDBACK_POLICY: FeedbackPolicy = {
  defaults: { acknowledge: 24 * HOUR, resolve: 48 * HOUR },
  byKind: {},
  byTopic: {},
  warnShare: 0.8,
}

type ScheduleInput = Pick<Feedback, 'createdAt' | 'timeline' | 'sla'>

/** A feedback policy compiled against the estate's service calendar. */
export class FeedbackRules {
  readonly calendar: ServiceCalendar

  constructor(
    readonly policy: FeedbackPolicy,
    serviceHours: ServiceHours,
  ) {
    this.calendar = new ServiceCalendar(serviceHours)
  }

  termsFor(kind: FeedbackKind, topic: FeedbackTopic): FeedbackTerms {
    const windows = this.policy.byTopic[topic] ?? this.policy.byKind[kind] ?? this.policy.defaults
    return { windows, warnShare: this.policy.warnShare }
  }

  schedule(item: ScheduleInput, timer: FeedbackTimer): TimerSchedule {
    return windowSchedule(this.calendar, timerStart(item, timer), item.sla.windows[timer], item.sla.warnShare)
  }

  outcome(item: ScheduleInput, timer: FeedbackTimer, now: IsoTime): TimerOutcome {
    return outcomeAt(this.calendar, this.schedule(item, timer).deadline, now)
  }

  /** Business minutes the timer has run by `now`, to the nearest minute (as its outcome's margin). */
  elapsed(item: ScheduleInput, timer: FeedbackTimer, now: IsoTime): number {
    return Math.round(this.calendar.minutesBetween(timerStart(item, timer), now))
  }
}

/** Acknowledgement is timed from submission; resolution from submission or the latest reopen. */
export function timerStart(item: Pick<Feedback, 'createdAt' | 'timeline'>, timer: FeedbackTimer): IsoTime {
  if (timer === 'resolve') {
    for (let i = item.timeline.length - 1; i >= 0; i--) {
      if (item.timeline[i]!.type === 'reopened') return item.timeline[i]!.at
    }
  }
  return item.createdAt
}
