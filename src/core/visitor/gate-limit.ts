import { addMinutes, type IsoTime } from '../shared/time'

/** Unknown codes a guard may check per window before the gate refuses to look codes up. */
export const GATE_CHECK_LIMIT = { failures: 30, windowMinutes: 10 } as const

/** The failures still inside the sliding window, oldest first; never more than the limit is kept. */
export function recentFailures(failures: readonly IsoTime[], now: IsoTime): IsoTime[] {
  const since = addMinutes(now, -GATE_CHECK_LIMIT.windowMinutes)
  return failures.filter((at) => at > since).slice(-GATE_CHECK_LIMIT.failures)
}

export const isCheckLimited = (failures: readonly IsoTime[], now: IsoTime): boolean =>
  recentFailures(failures, now).length >= GATE_CHECK_LIMIT.failures
