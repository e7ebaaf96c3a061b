import { CATEGORIES, type Category, type Priority } from '@core/repair/work-order'
import { ESTATE_UTC_OFFSET_MINUTES, type IsoTime } from '@core/shared/time'
import { DEFAULTS, TRAFFIC } from './model'
import type { TrafficModel } from './traffic'

/** How far back an estate's own orders are read. */
export const HISTORY_DAYS = 90
/** Fewer orders than this in HISTORY_DAYS and the estate's shape is noise: the model's typical estate is used. */
export const MIN_ORDERS = 30
/**
 * Each derived share is the estate's counts plus this many orders spread as the model spreads
 * them, so an hour or category with few orders is not read as never happening.
 */
const PRIOR_ORDERS = 20

export interface PastOrder {
  createdAt: IsoTime
  category: Category
  priority: Priority
}

export interface EstateTraffic {
  model: TrafficModel
  /** Homes the simulated estate has: the estate's own, or the model's typical estate when it stands in. */
  units: number
  /** Orders the estate reported in the last HISTORY_DAYS. */
  orders: number
  /** False when there were too few orders and the model's typical estate stands in. */
  fromEstate: boolean
}

const HOUR_MS = 3_600_000
/** Estate-local weekday (0 = Sunday) and hour of an instant. */
function localSlot(at: IsoTime): { weekday: number; hour: number } {
  const local = new Date(Date.parse(at) + ESTATE_UTC_OFFSET_MINUTES * 60_000)
  return { weekday: local.getUTCDay(), hour: local.getUTCHours() }
}

/** Counts blended with the model's shares (PRIOR_ORDERS of them), then normalised. */
function blend(counts: readonly number[], prior: readonly number[]): number[] {
  const priorTotal = prior.reduce((s, p) => s + p, 0)
  const total = counts.reduce((s, c) => s + c, 0) + PRIOR_ORDERS
  return counts.map((c, i) => (c + (PRIOR_ORDERS * prior[i]!) / priorTotal) / total)
}

/**
 * The estate's own traffic from its orders of the last HISTORY_DAYS before `now`: volume per home,
 * weekday and hour shape, category mix and urgent share. Bursts are the model's (a few in 90 days
 * cannot be told from ordinary days).
 */
export function trafficFromOrders(orders: readonly PastOrder[], estateUnits: number, now: IsoTime): EstateTraffic {
  const since = Date.parse(now) - HISTORY_DAYS * 24 * HOUR_MS
  const recent = orders.filter((o) => Date.parse(o.createdAt) >= since && Date.parse(o.createdAt) < Date.parse(now))
  if (recent.length < MIN_ORDERS)
    return { model: TRAFFIC, units: DEFAULTS.units, orders: recent.length, fromEstate: false }
  const units = estateUnits > 0 ? estateUnits : DEFAULTS.units

  const byWeekday = Array<number>(7).fill(0)
  const daysOfWeekday = Array<number>(7).fill(0)
  for (let d = 0; d < HISTORY_DAYS; d++)
    daysOfWeekday[localSlot(new Date(since + d * 24 * HOUR_MS).toISOString()).weekday]!++
  const hours = { weekday: Array<number>(24).fill(0), weekend: Array<number>(24).fill(0) }
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { all: 0, urgent: 0 }])) as Record<
    Category,
    { all: number; urgent: number }
  >
  for (const o of recent) {
    const { weekday, hour } = localSlot(o.createdAt)
    byWeekday[weekday]!++
    hours[weekday === 0 || weekday === 6 ? 'weekend' : 'weekday'][hour]!++
    byCategory[o.category].all++
    if (o.priority === 'urgent') byCategory[o.category].urgent++
  }
  const perDay = recent.length / HISTORY_DAYS
  const mix = blend(
    CATEGORIES.map((c) => byCategory[c].all),
    CATEGORIES.map((c) => TRAFFIC.categoryMix[c]),
  )
  const model: TrafficModel = {
    reportsPerUnitPerYear: (perDay * 365) / units,
    weekdayFactor: byWeekday.map((n, wd) => n / Math.max(1, daysOfWeekday[wd]!) / perDay),
    weekdayHourShare: blend(hours.weekday, TRAFFIC.weekdayHourShare),
    weekendHourShare: blend(hours.weekend, TRAFFIC.weekendHourShare),
    categoryMix: Object.fromEntries(CATEGORIES.map((c, i) => [c, mix[i]!])) as Record<Category, number>,
    urgentShare: Object.fromEntries(
      CATEGORIES.map((c) => {
        const { all, urgent } = byCategory[c]
        // A few orders of a category say little about its urgency: five of the model's stand beside them.
        return [c, (urgent + 5 * TRAFFIC.urgentShare[c]) / (all + 5)]
      }),
    ) as Record<Category, number>,
    burstsPer30Days: TRAFFIC.burstsPer30Days,
  }
  return { model, units, orders: recent.length, fromEstate: true }
}
