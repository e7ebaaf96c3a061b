import { CATEGORIES, OPEN_STATUSES, TIMERS, type Category, type WorkOrder } from '../repair/work-order'
import { dayjs, ESTATE_TZ, formatLocal, type IsoTime } from '../shared/time'

/**
 * The manager console's service figures, computed from the work orders submitted in a window.
 * Every figure is about that cohort: "open" is how many of them are still open now.
 */

export const KPI_RANGES = ['today', '7d', '30d'] as const
export type KpiRange = (typeof KPI_RANGES)[number]
const RANGE_DAYS: Record<KpiRange, number> = { today: 1, '7d': 7, '30d': 30 }

/** A calendar date in the estate's zone, `YYYY-MM-DD`. */
export type LocalDay = string

export interface KpiWindow {
  from: IsoTime
  to: IsoTime
  /** The estate-local days the window covers, oldest first. */
  days: LocalDay[]
}

const localDayOf = (at: IsoTime): LocalDay => formatLocal(at, 'YYYY-MM-DD')

/** Whole estate-local days, the last of them `days` and ending at `now` (today so far). */
export function kpiWindow(range: KpiRange, now: IsoTime): KpiWindow {
  const first = dayjs(now)
    .tz(ESTATE_TZ)
    .startOf('day')
    .subtract(RANGE_DAYS[range] - 1, 'day')
  const days = Array.from({ length: RANGE_DAYS[range] }, (_, i) => first.add(i, 'day').format('YYYY-MM-DD'))
  return { from: first.toISOString(), to: now, days }
}

/** From the start of `from` to the end of `to`, both estate-local dates, inclusive. */
export function dayRange(from: LocalDay, to: LocalDay): { from: IsoTime; to: IsoTime } {
  return {
    from: dayjs.tz(from, ESTATE_TZ).toISOString(),
    to: dayjs.tz(to, ESTATE_TZ).add(1, 'day').toISOString(),
  }
}

/** The fields the figures read. */
export type KpiOrder = Pick<
  WorkOrder,
  | 'category'
  | 'status'
  | 'createdAt'
  | 'assigneeOpenid'
  | 'assigneeName'
  | 'firstResponderOpenid'
  | 'overdue'
  | 'outcomes'
  | 'durations'
  | 'rating'
>

export interface DurationStats {
  /** Orders the timer stopped for. */
  count: number
  /** Business minutes (holds and out-of-hours time excluded), to one decimal. */
  average: number | null
  /** Nearest-rank 90th percentile, business minutes. */
  p90: number | null
}

export interface ShareStats {
  met: number
  total: number
  /** met / total, to three decimals. */
  share: number | null
}

export interface ServiceKpis {
  submitted: number
  /** Still submitted, accepted, in progress or on hold. */
  open: number
  /** Breached at least one of its three promises. */
  late: number
  /** Submitted to accepted. */
  response: DurationStats
  /** Submitted (or reopened) to completed. */
  resolution: DurationStats
  /**
   * Orders that kept every promise so far, of those judged: a stopped timer, or a breach flagged on
   * a running one (a late open job counts against the share, so 超时 and 按时率 never contradict).
   */
  withinSla: ShareStats
  satisfaction: { count: number; average: number | null }
}

export interface CategoryKpis extends ServiceKpis {
  category: Category
}

/** Per worker holding the order now (a transferred job counts for whoever took it over). */
export interface StaffKpis extends ServiceKpis {
  openid: string
  name: string
  /** Residents' praise naming them in the window (feedback of kind praise). */
  praise: number
}

/** Praise credited to one staff member in the window. */
export interface PraiseCount {
  openid: string
  name: string
  count: number
}

export interface TrendPoint {
  date: LocalDay
  /** Orders submitted that day and already accepted. */
  responded: number
  averageResponse: number | null
}

export interface ServiceDashboard {
  range: KpiRange
  from: IsoTime
  to: IsoTime
  totals: ServiceKpis
  byCategory: CategoryKpis[]
  byStaff: StaffKpis[]
  /** Daily average response, one point per day of the window. */
  trend: TrendPoint[]
  /** True when the window held more orders than one read may take; the figures cover the oldest. */
  truncated: boolean
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length)

/** Nearest rank: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function durationStats(values: readonly (number | null)[]): DurationStats {
  const stopped = values.filter((v): v is number => v !== null)
  return { count: stopped.length, average: mean(stopped), p90: percentile(stopped, 90) }
}

function share(met: number, total: number): ShareStats {
  return { met, total, share: total === 0 ? null : Math.round((met / total) * 1000) / 1000 }
}

const isLate = (order: KpiOrder) => TIMERS.some((timer) => order.overdue[timer] !== null)

const keptEveryPromise = (order: KpiOrder) => !isLate(order) && TIMERS.every((t) => order.outcomes[t]?.met !== false)
const isJudged = (order: KpiOrder) => isLate(order) || TIMERS.some((t) => order.outcomes[t] !== null)

/** `responders`: whose response times count (a worker's row counts only the jobs they accepted). */
export function serviceKpis(orders: readonly KpiOrder[], responders: readonly KpiOrder[] = orders): ServiceKpis {
  const judged = orders.filter(isJudged)
  const stars = orders.flatMap((o) => (o.rating ? [o.rating.stars] : []))
  return {
    submitted: orders.length,
    open: orders.filter((o) => OPEN_STATUSES.includes(o.status)).length,
    late: orders.filter(isLate).length,
    response: durationStats(responders.map((o) => o.durations.responseMinutes)),
    resolution: durationStats(orders.map((o) => o.durations.resolutionMinutes)),
    withinSla: share(judged.filter(keptEveryPromise).length, judged.length),
    satisfaction: { count: stars.length, average: mean(stars) },
  }
}

function groupBy<K>(orders: readonly KpiOrder[], key: (o: KpiOrder) => K | null): Map<K, KpiOrder[]> {
  const groups = new Map<K, KpiOrder[]>()
  for (const order of orders) {
    const k = key(order)
    if (k === null) continue
    const group = groups.get(k)
    if (group) group.push(order)
    else groups.set(k, [order])
  }
  return groups
}

export function serviceDashboard(
  orders: readonly KpiOrder[],
  range: KpiRange,
  window: KpiWindow,
  truncated = false,
  praise: readonly PraiseCount[] = [],
): ServiceDashboard {
  const byCategory = groupBy(orders, (o) => o.category)
  const byStaff = groupBy(orders, (o) => o.assigneeOpenid)
  const byDay = groupBy(orders, (o) => localDayOf(o.createdAt))
  return {
    range,
    from: window.from,
    to: window.to,
    totals: serviceKpis(orders),
    byCategory: CATEGORIES.flatMap((category) => {
      const group = byCategory.get(category)
      return group ? [{ category, ...serviceKpis(group) }] : []
    }),
    // Praised staff without an order in the window still get their row.
    byStaff: [...new Set([...byStaff.keys(), ...praise.map((p) => p.openid)])]
      .map((openid) => {
        const group = byStaff.get(openid) ?? []
        const praised = praise.find((p) => p.openid === openid)
        return {
          openid,
          name: group[group.length - 1]?.assigneeName ?? praised?.name ?? '未署名师傅',
          // A job handed over or dispatched to a worker was answered by someone else: not their response time.
          ...serviceKpis(
            group,
            group.filter((o) => o.firstResponderOpenid === openid),
          ),
          praise: praised?.count ?? 0,
        }
      })
      .sort((a, b) => b.submitted - a.submitted || (a.openid < b.openid ? -1 : 1)),
    trend: window.days.map((date) => {
      const response = durationStats((byDay.get(date) ?? []).map((o) => o.durations.responseMinutes))
      return { date, responded: response.count, averageResponse: response.average }
    }),
    truncated,
  }
}
