import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Every user-facing time is shown in the estate's zone; functions themselves run in UTC. */
export const ESTATE_TZ = 'Asia/Shanghai'

/** Stored instants are ISO-8601 UTC strings, so they sort as text and survive JSON. */
export type IsoTime = string

export const toIso = (at: Date): IsoTime => at.toISOString()

export const addMinutes = (at: IsoTime, minutes: number): IsoTime =>
  new Date(new Date(at).getTime() + minutes * 60_000).toISOString()

/** Whole minutes from `from` to `to`, rounded down (a job done in 59.9 s took 0 minutes). */
export const minutesBetween = (from: IsoTime, to: IsoTime): number =>
  Math.floor((new Date(to).getTime() - new Date(from).getTime()) / 60_000)

/** `2026-11-27 14:05` in the estate's zone. */
export const formatLocal = (at: IsoTime, pattern = 'YYYY-MM-DD HH:mm'): string =>
  dayjs(at).tz(ESTATE_TZ).format(pattern)

export { dayjs }
