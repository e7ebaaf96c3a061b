import type { Timer, WorkOrder } from '../repair/work-order'
import { toCsv, type CsvValue } from '../estate/csv'
import type { IsoTime } from '../shared/time'

/**
 * The monthly vendor scorecard and the contract review built on it. Pure: the caller hands in the
 * orders, complaints and return visits; every figure is recomputed from them.
 */

/** A complaint that names an order. */
export interface LinkedComplaint {
  orderId: string
  at: IsoTime
}

/** A return visit (回访) on a finished order. */
export interface VisitOutcome {
  orderId: string
  at: IsoTime
  dissatisfied: boolean
}

export interface ScorecardInputs {
  vendors: readonly { id: string; name: string }[]
  /** Every order that may count: the months' own, and earlier ones that complaints, visits or repeats point at. */
  orders: readonly WorkOrder[]
  complaints: readonly LinkedComplaint[]
  returnVisits: readonly VisitOutcome[]
}

export interface VendorMonth {
  vendorId: string
  vendorName: string
  month: string
  /** Orders routed to the vendor and reported in the month, cancelled ones left out. */
  orders: number
  /** Share (0..1) of the month's orders whose promise was kept, among those whose timer has stopped; null when none has. */
  onTime: Record<Timer, number | null>
  /** Jobs of the vendor finished in the month. */
  finished: number
  /** Reports in the month that undid a job of the vendor (返修). */
  repeats: number
  /** repeats / finished; null when nothing was finished. */
  repeatRate: number | null
  /** Mean stars of the month's rated orders; null when none was rated. */
  averageRating: number | null
  /** Complaints filed in the month about the vendor's orders. */
  complaints: number
  returnVisits: number
  dissatisfied: number
  /** dissatisfied / returnVisits; null without visits. */
  dissatisfiedRate: number | null
  /** 1 is best; see `rankMonths`. */
  rank: number
}

/** `YYYY-MM` -> the instants the month starts and ends in Shanghai (UTC+8, no daylight saving). */
export function monthBounds(month: string): { from: IsoTime; to: IsoTime } {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const start = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1) - 8 * 3600_000).toISOString()
  return { from: start(year, mon), to: mon === 12 ? start(year + 1, 1) : start(year, mon + 1) }
}

/** The `count` months ending with `month`, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (mon - 1) - (count - 1 - i)
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole)
const within = (at: IsoTime | null | undefined, b: { from: IsoTime; to: IsoTime }) =>
  at !== null && at !== undefined && at >= b.from && at < b.to

function onTimeShare(orders: readonly WorkOrder[], timer: Timer): number | null {
  const measured = orders.filter((o) => o.outcomes[timer] !== null)
  return share(measured.filter((o) => o.outcomes[timer]!.met).length, measured.length)
}

/** One vendor's figures for one month. */
export function vendorMonth(
  vendor: { id: string; name: string },
  month: string,
  inputs: ScorecardInputs,
): Omit<VendorMonth, 'rank'> {
  const bounds = monthBounds(month)
  const own = inputs.orders.filter((o) => o.vendorId === vendor.id)
  const ownIds = new Set(own.map((o) => o.id))
  const reported = own.filter((o) => within(o.createdAt, bounds) && o.status !== 'cancelled')
  const finished = own.filter((o) => within(o.completedAt, bounds)).length
  const repeats = inputs.orders.filter((o) => o.repeat?.vendorId === vendor.id && within(o.createdAt, bounds)).length
  const rated = reported.filter((o) => o.rating !== null)
  const visits = inputs.returnVisits.filter((v) => ownIds.has(v.orderId) && within(v.at, bounds))
  const dissatisfied = visits.filter((v) => v.dissatisfied).length
  return {
    vendorId: vendor.id,
    vendorName: vendor.name,
    month,
    orders: reported.length,
    onTime: {
      response: onTimeShare(reported, 'response'),
      arrival: onTimeShare(reported, 'arrival'),
      resolution: onTimeShare(reported, 'resolution'),
    },
    finished,
    repeats,
    repeatRate: share(repeats, finished),
    averageRating: rated.length === 0 ? null : rated.reduce((sum, o) => sum + o.rating!.stars, 0) / rated.length,
    complaints: inputs.complaints.filter((c) => ownIds.has(c.orderId) && within(c.at, bounds)).length,
    returnVisits: visits.length,
    dissatisfied,
    dissatisfiedRate: share(dissatisfied, visits.length),
  }
}

const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1)

/**
 * Ranked best first: on-time resolution (the promise owners feel), then fewer repeats, then fewer
 * complaints, then the rating. A vendor without measured work ranks below those with it.
 */
export function rankMonths(rows: readonly Omit<VendorMonth, 'rank'>[]): VendorMonth[] {
  const sorted = [...rows].sort(
    (a, b) =>
      desc(a.onTime.resolution, b.onTime.resolution) ||
      (a.repeatRate ?? 0) - (b.repeatRate ?? 0) ||
      a.complaints - b.complaints ||
      desc(a.averageRating, b.averageRating) ||
      a.vendorName.localeCompare(b.vendorName),
  )
  return sorted.map((row, i) => ({ ...row, rank: i + 1 }))
}

/** The scorecard of every vendor for one month, ranked. */
export const scorecard = (month: string, inputs: ScorecardInputs): VendorMonth[] =>
  rankMonths(inputs.vendors.map((v) => vendorMonth(v, month, inputs)))

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10)

const CSV_HEADER = [
  '排名',
  '外包单位',
  '月份',
  '工单数',
  '响应准时率%',
  '上门准时率%',
  '完工准时率%',
  '返修次数',
  '返修率%',
  '平均评分',
  '关联投诉',
  '回访次数',
  '回访不满意率%',
]

/** The scorecard as the CSV managers open in Excel (UTF-8 with BOM). */
export function scorecardCsv(rows: readonly VendorMonth[]): string {
  return toCsv(
    CSV_HEADER,
    rows.map((r): CsvValue[] => [
      r.rank,
      r.vendorName,
      r.month,
      r.orders,
      percent(r.onTime.response),
      percent(r.onTime.arrival),
      percent(r.onTime.resolution),
      r.repeats,
      percent(r.repeatRate),
      r.averageRating === null ? null : Math.round(r.averageRating * 10) / 10,
      r.complaints,
      r.returnVisits,
      percent(r.dissatisfiedRate),
    ]),
  )
}

export interface ReviewRules {
  /** On-time resolution below this share (0..1)… */
  onTimeBelow: number
  /** …this many months running flags the vendor. */
  monthsRunning: number
}

export interface VendorReview {
  vendorId: string
  vendorName: string
  /** The last 12 months, oldest first. */
  trend: { month: string; orders: number; onTime: number | null; repeatRate: number | null }[]
  /** Whether the vendor should go to contract review. */
  flagged: boolean
  /** The months of the longest run below the bar (empty when none). */
  belowRun: string[]
}

/**
 * The contract review: each vendor's last 12 months, flagged when on-time resolution stayed below
 * the bar for `monthsRunning` consecutive months. A month without measured work breaks a run: it
 * neither condemns nor clears.
 */
export function contractReview(month: string, inputs: ScorecardInputs, rules: ReviewRules): VendorReview[] {
  const months = monthsEnding(month, 12)
  return inputs.vendors.map((vendor) => {
    const trend = months.map((m) => {
      const row = vendorMonth(vendor, m, inputs)
      return { month: m, orders: row.orders, onTime: row.onTime.resolution, repeatRate: row.repeatRate }
    })
    let run: string[] = []
    let longest: string[] = []
    for (const point of trend) {
      run = point.onTime !== null && point.onTime < rules.onTimeBelow ? [...run, point.month] : []
      if (run.length > longest.length) longest = run
    }
    return {
      vendorId: vendor.id,
      vendorName: vendor.name,
      trend,
      flagged: longest.length >= rules.monthsRunning,
      belowRun: longest,
    }
  })
}
