import { monthBounds, monthlyReport, previousMonthOf, type MonthlyReport } from '@core/report/monthly-report'
import { billingStore, findAll } from '../billing/billing.repository'
import { estateLayout } from '../estate/estate.repository'
import { findUpTo } from '../estate/paging'
import { ordersSubmitted } from '../kpi/kpi.actions'
import type { Runtime } from '../runtime/runtime'
import { visitorEntries } from '../visitor/visitor-pass.repository'

/** Admissions read for two months at most: 300 a day is a busy gate. */
const MAX_ENTRIES = 20_000

/**
 * Computes `month`'s report (and the month before, for comparison) from the records as they are now.
 * Complaints and return visits come from the feedback records; this estate keeps none yet, so the
 * report says 暂无数据 for them rather than zero.
 */
export async function computeReport(runtime: Runtime, month: string): Promise<MonthlyReport> {
  const { store } = runtime
  const previousMonth = previousMonthOf(month)
  const span = { gte: monthBounds(previousMonth).from, lt: monthBounds(month).to }
  const bills = billingStore(store).bills
  const [layout, orders, entries, billsNow, billsBefore] = await Promise.all([
    estateLayout(store),
    ordersSubmitted(store, span),
    findUpTo(
      visitorEntries(store).collection,
      { where: { at: span }, orderBy: { field: 'at', direction: 'asc' } },
      MAX_ENTRIES,
    ),
    findAll(bills, { period: month }),
    findAll(bills, { period: previousMonth }),
  ])
  if (orders.truncated || entries.truncated) {
    runtime.log.error('report read was capped', { month, orders: orders.items.length, entries: entries.items.length })
  }
  const buildingOf = (unitId: string) => layout.buildingOf.get(unitId) ?? null
  return monthlyReport({
    month,
    buildings: layout.buildings.map(({ code, name }) => ({ code, name })),
    orders: orders.items.map((o) => ({ ...o, building: buildingOf(o.unitId) })),
    bills: [...billsNow, ...billsBefore],
    visitorEntries: entries.items.map((e) => ({ at: e.at, building: buildingOf(e.unitId) })),
    complaints: null,
    returnVisits: null,
  })
}
