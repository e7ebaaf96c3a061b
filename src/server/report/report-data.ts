import { monthlyReport, type MonthlyReport } from '@core/report/monthly-report'
import { monthBounds, previousMonthOf } from '@core/report/report-month'
import { estateLayout } from '../estate/estate.repository'
import { findAll, findUpTo } from '../store/paging'
import { ordersSubmitted } from '../kpi/kpi.actions'
import type { Context } from '../action'
import { visitorEntries } from '../visitor/visitor-pass.repository'

/** Admissions read for two months at most: 300 a day is a busy gate. */
const MAX_ENTRIES = 20_000

/** Complaints and return visits read for two months at most. */
const MAX_FEEDBACK = 10_000
/** A return visit is due within 3 days of the repair closing and may be retried: look back a week. */
const VISIT_LOOKBACK_MS = 7 * 24 * 60 * 60_000

/** Computes `month`'s report (and the month before, for comparison) from the records as they are now. */
export async function computeReport(ctx: Context, month: string): Promise<MonthlyReport> {
  const { store } = ctx
  const previousMonth = previousMonthOf(month)
  const span = { gte: monthBounds(previousMonth).from, lt: monthBounds(month).to }
  const bills = store.collection('bills')
  const visitsFrom = new Date(new Date(span.gte).getTime() - VISIT_LOOKBACK_MS).toISOString()
  const [layout, orders, entries, billsNow, billsBefore, feedback, visits] = await Promise.all([
    estateLayout(store),
    ordersSubmitted(store, span),
    findUpTo(
      visitorEntries(store).collection,
      { where: { at: span }, orderBy: { field: 'at', direction: 'asc' } },
      MAX_ENTRIES,
    ),
    findAll(bills, { period: month }),
    findAll(bills, { period: previousMonth }),
    findUpTo(
      store.collection('feedback'),
      { where: { createdAt: span }, orderBy: { field: 'createdAt', direction: 'asc' } },
      MAX_FEEDBACK,
    ),
    findUpTo(
      store.collection('returnVisits'),
      { where: { closedAt: { gte: visitsFrom, lt: span.lt } }, orderBy: { field: 'closedAt', direction: 'asc' } },
      MAX_FEEDBACK,
    ),
  ])
  if (orders.truncated || entries.truncated) {
    ctx.runtime.log.error('report read was capped', {
      month,
      orders: orders.items.length,
      entries: entries.items.length,
    })
  }
  const buildingOf = (unitId: string) => layout.buildingOf.get(unitId) ?? null
  return monthlyReport({
    month,
    buildings: layout.buildings.map(({ code, name }) => ({ code, name })),
    orders: orders.items.map((o) => ({ ...o, building: buildingOf(o.unitId) })),
    bills: [...billsNow, ...billsBefore],
    visitorEntries: entries.items.map((e) => ({ at: e.at, building: buildingOf(e.unitId) })),
    complaints: feedback.items
      .filter((f) => f.kind === 'complaint')
      .map((f) => ({
        createdAt: f.createdAt,
        acknowledgeMinutes: f.durations.acknowledge,
        closed: f.status === 'closed',
      })),
    // A visit counts in the month it was last attempted: made, or given up as unreachable.
    returnVisits: visits.items.flatMap((v) => {
      const last = v.attempts[v.attempts.length - 1]
      if (v.status === 'due' || !last) return []
      return [{ visitedAt: last.at, result: v.status === 'unreachable' ? 'unreachable' : (v.result ?? last.outcome) }]
    }),
  })
}
