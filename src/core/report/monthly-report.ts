import { ESTATE_TZ, type IsoTime } from '../shared/time'
import {
  figures,
  type ReportBill,
  type ReportComplaint,
  type ReportEntry,
  type ReportOrder,
  type ReportReturnVisit,
  type ScopeRecords,
} from './report-figures'
import { monthBounds, monthOf, previousMonthOf, type ReportMonth } from './report-month'
import { scopeReport, type ScopeReport } from './report-trends'

/**
 * The monthly service report: what the estate's residents and owners' committee see of how the
 * property company kept its promises. Computed only from records, never typed in, and holding no
 * personal data (no names, units or phone numbers): figures per estate and per building.
 */

/** Below this many repairs a building's rates would point at single households: they are withheld. */
export const MIN_BUILDING_SAMPLE = 5

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
