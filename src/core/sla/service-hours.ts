import { ESTATE_UTC_OFFSET_MINUTES, type IsoTime } from '../shared/time'

/**
 * When the property office serves normal-priority jobs, in estate (Asia/Shanghai) time.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and lets
 * this hot arithmetic avoid time-zone tables.
 */
export interface ServiceHours {
  /** Opening time, `HH:mm`. */
  opensAt: string
  /** Closing time, `HH:mm` after opening on the same day; `24:00` for midnight. */
  closesAt: string
  /** Weekdays with service, 0 = Sunday. */
  weekdays: number[]
  /** Dates (`YYYY-MM-DD`) without service although their weekday has it (public holidays). */
  holidays: string[]
  /** Dates with service although their weekday has none (调休 make-up working days). */
  makeUpDays: string[]
}

export const DEFAULT_SERVICE_HOURS: ServiceHours = {
  opensAt: '08:00',
  closesAt: '20:00',
  weekdays: [0, 1, 2, 3, 4, 5, 6],
  holidays: [],
  makeUpDays: [],
}

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const ESTATE_OFFSET = ESTATE_UTC_OFFSET_MINUTES * MINUTE
/** A bound on the search for service time: a calendar closed for longer than this is a configuration error. */
const MAX_DAYS_SEARCHED = 800

const minuteOfDay = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number)
  return (h! * 60 + m!) * MINUTE
}

/** The day number (days since 1970-01-01 in estate time) of a `YYYY-MM-DD` date. */
const dayOfDate = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY

interface Window {
  start: number
  end: number
}

/** A calendar compiled for repeated use: the service window of any local day. */
export class ServiceCalendar {
  private readonly opens: number
  private readonly closes: number
  private readonly weekdays: Set<number>
  // Day numbers rather than date strings: the deadline search looks at every day it crosses.
  private readonly holidays: Set<number>
  private readonly makeUpDays: Set<number>

  constructor(hours: ServiceHours) {
    this.opens = minuteOfDay(hours.opensAt)
    this.closes = minuteOfDay(hours.closesAt)
    if (!(this.closes > this.opens))
      throw new RangeError(`service hours close before they open: ${hours.opensAt}-${hours.closesAt}`)
    this.weekdays = new Set(hours.weekdays)
    this.holidays = new Set(hours.holidays.map(dayOfDate))
    this.makeUpDays = new Set(hours.makeUpDays.map(dayOfDate))
  }

  private windowOf(day: number): Window | null {
    // 1970-01-01 was a Thursday (4).
    const serves = this.makeUpDays.has(day) || (this.weekdays.has((day + 4) % 7) && !this.holidays.has(day))
    if (!serves) return null
    const midnight = day * DAY - ESTATE_OFFSET
    return { start: midnight + this.opens, end: midnight + this.closes }
  }

  private static dayOf(ms: number): number {
    return Math.floor((ms + ESTATE_OFFSET) / DAY)
  }

  /** The instant `minutes` of service time after `from` (service time only counts inside windows). */
  addMinutes(from: IsoTime, minutes: number): IsoTime {
    let at = Date.parse(from)
    let remaining = minutes * MINUTE
    if (remaining <= 0) return from
    const firstDay = ServiceCalendar.dayOf(at)
    for (let day = firstDay; day < firstDay + MAX_DAYS_SEARCHED; day++) {
      const window = this.windowOf(day)
      if (!window) continue
      const begin = Math.max(at, window.start)
      if (begin >= window.end) continue
      if (remaining <= window.end - begin) return new Date(begin + remaining).toISOString()
      remaining -= window.end - begin
      at = window.end
    }
    throw new RangeError(`no service time within ${MAX_DAYS_SEARCHED} days of ${from}`)
  }

  /** Service minutes between two instants (0 when `to` is not after `from`); fractional. */
  minutesBetween(from: IsoTime, to: IsoTime): number {
    const start = Date.parse(from)
    const end = Date.parse(to)
    let total = 0
    for (let day = ServiceCalendar.dayOf(start); day <= ServiceCalendar.dayOf(end); day++) {
      const window = this.windowOf(day)
      if (window) total += Math.max(0, Math.min(end, window.end) - Math.max(start, window.start))
    }
    return total / MINUTE
  }

  /**
   * The fewest service minutes in any span of `spanDays` local days starting within
   * `horizonDays` of `from`: what a window must fit in for every order submitted in that horizon.
   */
  leanestSpanMinutes(from: IsoTime, horizonDays: number, spanDays: number): number {
    const first = ServiceCalendar.dayOf(Date.parse(from))
    const perDay = Array.from({ length: horizonDays + spanDays }, (_, i) => {
      const window = this.windowOf(first + i)
      return window ? (window.end - window.start) / MINUTE : 0
    })
    let span = perDay.slice(0, spanDays).reduce((a, b) => a + b, 0)
    let leanest = span
    for (let start = 1; start < horizonDays; start++) {
      span += perDay[start + spanDays - 1]! - perDay[start - 1]!
      leanest = Math.min(leanest, span)
    }
    return leanest
  }

  /** Whether the clock is running at `at`. */
  isOpen(at: IsoTime): boolean {
    const ms = Date.parse(at)
    const window = this.windowOf(ServiceCalendar.dayOf(ms))
    return window !== null && ms >= window.start && ms < window.end
  }
}

/** Urgent jobs: the clock never stops. */
export const ROUND_THE_CLOCK = {
  addMinutes: (from: IsoTime, minutes: number): IsoTime => new Date(Date.parse(from) + minutes * MINUTE).toISOString(),
  minutesBetween: (from: IsoTime, to: IsoTime): number => Math.max(0, (Date.parse(to) - Date.parse(from)) / MINUTE),
  isOpen: (): boolean => true,
}

/** What the SLA needs of a calendar; both the service calendar and the round-the-clock one provide it. */
export type SlaClock = Pick<ServiceCalendar, 'addMinutes' | 'minutesBetween' | 'isOpen'>
