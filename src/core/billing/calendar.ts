import { formatLocal, type IsoTime } from '../shared/time'

/** A billing period: a calendar month, `YYYY-MM`. */
export type Period = string
/** A calendar date in the estate's zone, `YYYY-MM-DD`; due dates are dates, not instants. */
export type LocalDate = string

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** Whether `text` is a real `YYYY-MM-DD` date (not 2026-02-30). */
export function isLocalDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text
}

/** The last day of a period: the default due date of its bills. */
export function lastDayOf(period: Period): LocalDate {
  const [year, month] = period.split('-').map(Number)
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10)
}

/** The estate-local date of an instant. */
export const localDateOf = (at: IsoTime): LocalDate => formatLocal(at, 'YYYY-MM-DD')

/** The instant an estate-local date begins (China keeps UTC+8 all year). */
export const startOfLocalDate = (date: LocalDate): IsoTime => new Date(`${date}T00:00:00+08:00`).toISOString()

/** The estate-local month of an instant. */
export const periodOf = (at: IsoTime): Period => formatLocal(at, 'YYYY-MM')

/** WeChat Pay's compact China-time stamp, `yyyyMMddHHmmss`. */
export const toPayStamp = (at: IsoTime): string => formatLocal(at, 'YYYYMMDDHHmmss')

/** The instant of a WeChat Pay stamp (China time, UTC+8 without daylight saving); null when malformed. */
export function fromPayStamp(stamp: string): IsoTime | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp)
  if (!m) return null
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+08:00`)
  return Number.isNaN(at.getTime()) ? null : at.toISOString()
}
