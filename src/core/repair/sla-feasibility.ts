import type { IsoTime } from '../shared/time'
import { ServiceCalendar } from '../sla/service-hours'
import type { SlaPolicy, SlaWindows } from './sla'
import { TIMERS } from './work-order'

/** Every window (and the escalation one window later) must fit within this many days. */
export const SCHEDULABLE_WITHIN_DAYS = 60
/** Holidays are listed up to a year ahead, so a year of starts is checked. */
const HORIZON_DAYS = 366

/**
 * The windows of a policy that some order could not be scheduled for within 60 days on its
 * calendar, by field path (`policy.defaults.normal.resolution`), with why. Urgent windows run round
 * the clock and always fit (the schema caps a window at 30 days); normal ones run on service hours.
 */
export function unschedulableWindows(policy: SlaPolicy, now: IsoTime): Record<string, string[]> {
  const leanest = new ServiceCalendar(policy.serviceHours).leanestSpanMinutes(
    now,
    HORIZON_DAYS,
    SCHEDULABLE_WITHIN_DAYS,
  )
  const errors: Record<string, string[]> = {}
  const check = (path: string, windows: SlaWindows) => {
    for (const timer of TIMERS) {
      // The escalation falls one more window after the deadline.
      if (windows[timer] * 2 > leanest) {
        errors[`policy.${path}.${timer}`] = [
          `按当前服务时间，${SCHEDULABLE_WITHIN_DAYS} 天内只有 ${Math.floor(leanest / 60)} 小时服务时间，排不下这个时限及其升级`,
        ]
      }
    }
  }
  check('defaults.normal', policy.defaults.normal)
  for (const [category, byPriority] of Object.entries(policy.byCategory)) {
    if (byPriority?.normal) check(`byCategory.${category}.normal`, byPriority.normal)
  }
  return errors
}
