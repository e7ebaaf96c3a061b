import type { Bill } from '../billing/bill'
import type { VisitOutcome } from '../feedback/return-visit'
import { percentile, type ShareStats } from '../estate/service-kpi'
import { TIMERS, type Timer, type WorkOrder } from '../repair/work-order'
import { dayjs, ESTATE_TZ, type IsoTime } from '../shared/time'

/**
 * The monthly service report: what the estate's residents and owners' committee see of how the
 * property company kept its promises. Computed only from records, never typed in, and holding no
 * personal data (no names, units or phone numbers): figures per estate and per building.
 */

/** A calendar month in the estate's zone, `YYYY-MM`. */
export type ReportMonth = string

/** Below this many repairs a building's rates would point at single households: they are withheld. */
export const MIN_BUILDING_SAMPLE = 5

/** The order fields the report reads, plus the building its unit lies in. */
export type ReportOrder = Pick<
  WorkOrder,
  'createdAt' | 'status' | 'outcomes' | 'durations' | 'rating' | 'reopenCount'
> & {
  building: string | null
}

export type ReportBill = Pick<Bill, 'period' | 'building' | 'amount' | 'status'>

/** One visitor admitted at the gate. */
export interface ReportEntry {
  at: IsoTime
  building: string | null
}

/** A complaint as the report needs it (kept by the feedback records, when the estate has them). */
export interface ReportComplaint {
  createdAt: IsoTime
  /** Business minutes until a staff member took it on; null while nobody has. */
  acknowledgeMinutes: number | null
  /** Whether it is closed (resolved and confirmed, or closed by the estate). */
  closed: boolean
}

/** A return visit (回访) that was made. */
export interface ReportReturnVisit {
  visitedAt: IsoTime
  result: VisitOutcome
}

export interface ReportInput {
  month: ReportMonth
  /** The zone whose calendar cuts the months; the estate's unless a test says otherwise. */
  zone?: string
  /** Every building of the estate, in display order: each gets a row, even an idle one. */
  buildings: readonly { code: string; name: string }[]
  /** Orders of this month and the one before (others are ignored). */
  orders: readonly ReportOrder[]
  bills: readonly ReportBill[]
  visitorEntries: readonly ReportEntry[]
  /** Null when no complaint records are available (the report then says 暂无数据, not 0). */
  complaints: readonly ReportComplaint[] | null
  returnVisits: readonly ReportReturnVisit[] | null
}

/** Nearest-rank median and 90th percentile, so each is the time of a real order. */
export interface Spread {
  count: number
  median: number
  p90: number
}

export interface ScopeFigures {
  repairsReceived: number
  /** A building with fewer than MIN_BUILDING_SAMPLE repairs: every rate below is null. */
  sampleTooSmall: boolean
  /** Submitted to accepted, business minutes. Null when no order was accepted (or too few). */
  response: Spread | null
  /** Submitted (or reopened) to completed, business minutes. */
  resolution: Spread | null
  /** Orders whose timer stopped within its promise, per promise. */
  withinPromise: Record<Timer, ShareStats> | null
  /** Finished orders the resident reopened at least once (the fault came back). */
  repeatFaults: ShareStats | null
  satisfaction: { count: number; average: number | null; satisfied: ShareStats } | null
  /** Null: no complaint records (暂无数据). Estate only. */
  complaints: { received: number; acknowledge: Spread | null; closed: ShareStats } | null
  /** Null: no return-visit records. Estate only. */
  returnVisits: { made: number; satisfied: ShareStats } | null
  visitorPassesUsed: number
  /** Null when nothing was billed for the month. */
  feeCollection: { billed: number; collected: number; rateBp: number } | null
}

/** The comparable figures, and which way is better for each. */
export const TREND_METRICS = {
  repairsReceived: { better: null, value: (f: ScopeFigures) => f.repairsReceived },
  responseMedian: { better: 'lower', value: (f: ScopeFigures) => f.response?.median ?? null },
  resolutionMedian: { better: 'lower', value: (f: ScopeFigures) => f.resolution?.median ?? null },
  responseWithin: { better: 'higher', value: (f: ScopeFigures) => f.withinPromise?.response.share ?? null },
  resolutionWithin: { better: 'higher', value: (f: ScopeFigures) => f.withinPromise?.resolution.share ?? null },
  repeatFaults: { better: 'lower', value: (f: ScopeFigures) => f.repeatFaults?.share ?? null },
  satisfaction: { better: 'higher', value: (f: ScopeFigures) => f.satisfaction?.average ?? null },
  complaints: { better: 'lower', value: (f: ScopeFigures) => f.complaints?.received ?? null },
  visitorPassesUsed: { better: null, value: (f: ScopeFigures) => f.visitorPassesUsed },
  feeCollection: { better: 'higher', value: (f: ScopeFigures) => f.feeCollection?.rateBp ?? null },
} as const satisfies Record<string, { better: 'higher' | 'lower' | null; value: (f: ScopeFigures) => number | null }>

export type TrendMetric = keyof typeof TREND_METRICS

export interface Trend {
  direction: 'up' | 'down' | 'same'
  /** Null for counts that are neither good nor bad in themselves (repairs received, visitors). */
  verdict: 'better' | 'worse' | 'same' | null
}

export interface ScopeReport {
  current: ScopeFigures
  previous: ScopeFigures
  /** Null where either month lacks the figure. */
  trends: Record<TrendMetric, Trend | null>
}

export interface BuildingReport extends ScopeReport {
  code: string
  name: string
}

export interface MonthlyReport {
  month: ReportMonth
  previousMonth: ReportMonth
  /** The month's bounds as instants: from its first midnight to the next month's, estate time. */
  from: IsoTime
  to: IsoTime
  estate: ScopeReport
  buildings: BuildingReport[]
}

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

function shareOf(met: number, total: number): ShareStats {
  return { met, total, share: total === 0 ? null : Math.round((met / total) * 1000) / 1000 }
}

function spread(values: readonly (number | null)[]): Spread | null {
  const known = values.filter((v): v is number => v !== null)
  if (known.length === 0) return null
  return { count: known.length, median: percentile(known, 50)!, p90: percentile(known, 90)! }
}

const FINISHED: readonly WorkOrder['status'][] = ['completed', 'closed']

interface ScopeRecords {
  orders: readonly ReportOrder[]
  bills: readonly ReportBill[]
  entries: readonly ReportEntry[]
  complaints: readonly ReportComplaint[] | null
  returnVisits: readonly ReportReturnVisit[] | null
}

function figures(records: ScopeRecords, withheld: boolean): ScopeFigures {
  const { orders, bills } = records
  const stars = orders.flatMap((o) => (o.rating ? [o.rating.stars] : []))
  const finished = orders.filter((o) => FINISHED.includes(o.status))
  const billed = bills.reduce((sum, b) => sum + b.amount, 0)
  const collected = bills.filter((b) => b.status === 'paid').reduce((sum, b) => sum + b.amount, 0)
  const rated = (judge: (o: ReportOrder) => boolean | null) => {
    const judged = orders.map(judge).filter((x): x is boolean => x !== null)
    return shareOf(judged.filter(Boolean).length, judged.length)
  }
  return {
    repairsReceived: orders.length,
    sampleTooSmall: withheld,
    response: withheld ? null : spread(orders.map((o) => o.durations.responseMinutes)),
    resolution: withheld ? null : spread(orders.map((o) => o.durations.resolutionMinutes)),
    withinPromise: withheld
      ? null
      : (Object.fromEntries(TIMERS.map((t) => [t, rated((o) => o.outcomes[t]?.met ?? null)])) as Record<
          Timer,
          ShareStats
        >),
    repeatFaults: withheld ? null : shareOf(finished.filter((o) => o.reopenCount > 0).length, finished.length),
    satisfaction: withheld
      ? null
      : {
          count: stars.length,
          average: stars.length === 0 ? null : Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 10) / 10,
          satisfied: shareOf(stars.filter((s) => s >= 4).length, stars.length),
        },
    complaints: records.complaints && {
      received: records.complaints.length,
      acknowledge: spread(records.complaints.map((c) => c.acknowledgeMinutes)),
      closed: shareOf(records.complaints.filter((c) => c.closed).length, records.complaints.length),
    },
    returnVisits: records.returnVisits && {
      made: records.returnVisits.length,
      satisfied: shareOf(
        records.returnVisits.filter((v) => v.result === 'satisfied').length,
        records.returnVisits.filter((v) => v.result !== 'unreachable').length,
      ),
    },
    visitorPassesUsed: records.entries.length,
    feeCollection: billed === 0 ? null : { billed, collected, rateBp: Math.floor((collected * 10_000) / billed) },
  }
}

function trend(metric: TrendMetric, current: ScopeFigures, previous: ScopeFigures): Trend | null {
  const { better, value } = TREND_METRICS[metric]
  const now = value(current)
  const before = value(previous)
  if (now === null || before === null) return null
  const direction = now > before ? 'up' : now < before ? 'down' : 'same'
  if (better === null) return { direction, verdict: null }
  if (direction === 'same') return { direction, verdict: 'same' }
  return { direction, verdict: (direction === 'up') === (better === 'higher') ? 'better' : 'worse' }
}

function scopeReport(current: ScopeFigures, previous: ScopeFigures): ScopeReport {
  const metrics = Object.keys(TREND_METRICS) as TrendMetric[]
  return {
    current,
    previous,
    trends: Object.fromEntries(metrics.map((m) => [m, trend(m, current, previous)])) as Record<
      TrendMetric,
      Trend | null
    >,
  }
}

/** The report of `input.month`, estate and every building, each beside the month before. */
export function monthlyReport(input: ReportInput): MonthlyReport {
  const zone = input.zone ?? ESTATE_TZ
  const previousMonth = previousMonthOf(input.month)
  const records = (month: ReportMonth, building: string | null): ScopeRecords => {
    const here = <T extends { building: string | null }>(rows: readonly T[]) =>
      building === null ? rows : rows.filter((r) => r.building === building)
    // Feedback is only ever reported estate-wide: per building it could single out the household.
    const estateOnly = <T>(rows: readonly T[] | null, at: (row: T) => IsoTime) =>
      rows && building === null ? rows.filter((r) => monthOf(at(r), zone) === month) : null
    return {
      orders: here(input.orders).filter((o) => monthOf(o.createdAt, zone) === month),
      bills: here(input.bills).filter((b) => b.period === month),
      entries: here(input.visitorEntries).filter((e) => monthOf(e.at, zone) === month),
      complaints: estateOnly(input.complaints, (c) => c.createdAt),
      returnVisits: estateOnly(input.returnVisits, (v) => v.visitedAt),
    }
  }
  const scope = (building: string | null) => {
    const [current, previous] = [input.month, previousMonth].map((month) => {
      const rows = records(month, building)
      return figures(rows, building !== null && rows.orders.length < MIN_BUILDING_SAMPLE)
    })
    return scopeReport(current!, previous!)
  }
  return {
    month: input.month,
    previousMonth,
    ...monthBounds(input.month, zone),
    estate: scope(null),
    buildings: input.buildings.map(({ code, name }) => ({ code, name, ...scope(code) })),
  }
}
