import { dayjs, ESTATE_TZ, type IsoTime } from '../shared/time'

/** A calendar month in the estate's zone, `YYYY-MM`. */
export type ReportMonth = string

/** The month's first instant and the next month's, midnight in `zone`. */
export function monthBounds(month: ReportMonth, zone: string = ESTATE_TZ): { from: IsoTime; to: IsoTime } {
  // Both ends parsed in `zone`: adding a month to a zoned dayjs drifts by the machine's own DST shift.
  const midnight = (m: ReportMonth) => dayjs.tz(`${m}-01 00:00`, zone).toISOString()
  return { from: midnight(month), to: midnight(nextMonthOf(month)) }
}

/** The month before (`2027-01` -> `2026-12`) and after. */
const shiftMonth = (month: ReportMonth, by: 1 | -1): ReportMonth => {
  const [year, number] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + number - 1 + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export const previousMonthOf = (month: ReportMonth): ReportMonth => shiftMonth(month, -1)
export const nextMonthOf = (month: ReportMonth): ReportMonth => shiftMonth(month, 1)

/** The estate-local month an instant falls in. */
export const monthOf = (at: IsoTime, zone: string = ESTATE_TZ): ReportMonth => dayjs(at).tz(zone).format('YYYY-MM')
