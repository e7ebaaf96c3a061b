import { TIMERS, type Timer, type WorkOrder } from '@core/repair/work-order'
import type { Spread } from '@core/estate/rehearsal.replies'
import { formatLocal } from '@core/shared/time'
import { PEOPLE } from './model'

export type { Spread }

/** One policy at one staffing level: the figures a manager reads. */
export interface Figures {
  orders: number
  /** Orders nobody had accepted when the run ended. */
  neverTaken: number
  /** `inHoursWall`: wall minutes of reports made in office hours (08:00-20:00), when someone is there to answer. */
  response: { business: Spread; wall: Spread; inHoursWall: Spread }
  resolution: { business: Spread; wall: Spread }
  /** Share of stopped timers that kept their promise, per timer (null when none stopped). */
  withinPromise: Record<Timer, number | null>
  /** Orders with at least one promise broken. */
  breaches: number
  /** Orders escalated to the manager. */
  escalations: number
  /** Orders the household had to reopen (the fix did not hold). */
  repeatFaults: number
  /** Mean stars of rated orders, and how many were rated. */
  satisfaction: number | null
  rated: number
  /** Households that phoned to chase a job nobody had taken. */
  complaints: number
}

const round1 = (x: number) => Math.round(x * 10) / 10

export function spread(values: number[]): Spread {
  if (values.length === 0) return { mean: null, median: null, p90: null }
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return {
    mean: round1(sorted.reduce((s, v) => s + v, 0) / sorted.length),
    median: at(0.5),
    p90: at(0.9),
  }
}

const madeInOfficeHours = (o: WorkOrder) => {
  const hour = Number(formatLocal(o.createdAt, 'H'))
  return hour >= Number(PEOPLE.officeHours.from.slice(0, 2)) && hour < Number(PEOPLE.officeHours.to.slice(0, 2))
}

const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null)

export function figuresOf(orders: readonly WorkOrder[], complaints: number): Figures {
  const withinPromise = {} as Record<Timer, number | null>
  for (const timer of TIMERS) {
    const outcomes = present(orders.map((o) => (o.outcomes[timer] ? (o.outcomes[timer]!.met ? 1 : 0) : null)))
    withinPromise[timer] =
      outcomes.length === 0 ? null : Math.round((1000 * outcomes.reduce((s, v) => s + v, 0)) / outcomes.length) / 1000
  }
  const ratings = present(orders.map((o) => o.rating?.stars ?? null))
  return {
    orders: orders.length,
    neverTaken: orders.filter((o) => o.status === 'submitted').length,
    response: {
      business: spread(present(orders.map((o) => o.durations.responseMinutes))),
      wall: spread(present(orders.map((o) => o.durations.wallMinutes.response))),
      inHoursWall: spread(present(orders.filter(madeInOfficeHours).map((o) => o.durations.wallMinutes.response))),
    },
    resolution: {
      business: spread(present(orders.map((o) => o.durations.resolutionMinutes))),
      wall: spread(present(orders.map((o) => o.durations.wallMinutes.resolution))),
    },
    withinPromise,
    breaches: orders.filter((o) => TIMERS.some((t) => o.overdue[t] !== null)).length,
    escalations: orders.filter((o) => TIMERS.some((t) => o.escalated[t] !== null)).length,
    repeatFaults: orders.filter((o) => o.reopenCount > 0).length,
    satisfaction:
      ratings.length === 0 ? null : Math.round((100 * ratings.reduce((s, v) => s + v, 0)) / ratings.length) / 100,
    rated: ratings.length,
    complaints,
  }
}
