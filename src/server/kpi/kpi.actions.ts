import { dashboardSchema, exportOrdersSchema } from '@core/estate/estate.schemas'
import { ordersCsv, type OrderExport } from '@core/estate/order-export'
import { dayRange, kpiWindow, serviceDashboard, type KpiRange, type ServiceDashboard } from '@core/estate/service-kpi'
import { praiseByStaff } from '@core/feedback/feedback-report'
import { ok } from '@core/shared/result'
import { action, type Context } from '../action'
import { findUpTo } from '../store/paging'
import type { Range, Store } from '../store/store.port'

/**
 * Orders one figure or export reads at most: a 3 000-unit estate files well under this in a
 * quarter. Beyond it the answer says `truncated` rather than running unbounded.
 */
export const MAX_REPORT_ORDERS = 10_000

/** Orders submitted in a range, oldest first, through the `createdAt` index. */
export const ordersSubmitted = (store: Store, createdAt: Range) =>
  findUpTo(
    store.collection('workOrders'),
    { where: { createdAt }, orderBy: { field: 'createdAt', direction: 'asc' } },
    MAX_REPORT_ORDERS,
  )

/** The service figures of a recent window, as of the runtime's clock. */
export async function dashboardOf(ctx: Context, range: KpiRange): Promise<ServiceDashboard> {
  const window = kpiWindow(range, ctx.now)
  const submitted = { gte: window.from, lte: window.to }
  const [orders, feedback] = await Promise.all([
    ordersSubmitted(ctx.store, submitted),
    findUpTo(ctx.store.collection('feedback'), { where: { createdAt: submitted } }, MAX_REPORT_ORDERS),
  ])
  return serviceDashboard(orders.items, range, window, orders.truncated, praiseByStaff(feedback.items))
}

/** Manager actions of the `admin` function: service figures and the work-order export. */
export const kpiActions = {
  /** Today, the last 7 or 30 estate-local days: totals, per category, per worker (with praise) and the daily response trend. */
  serviceDashboard: action({
    roles: ['manager'],
    input: dashboardSchema,
    run: async (input, ctx) => ok(await dashboardOf(ctx, input.range)),
  }),
  /** Orders submitted between two estate-local dates (inclusive) as CSV for Excel (UTF-8 with BOM). */
  exportOrders: action({
    roles: ['manager'],
    // Recorded: the file carries residents' names and homes out of the system.
    audit: true,
    input: exportOrdersSchema,
    async run(input, ctx) {
      const range = dayRange(input.from, input.to)
      const { items, truncated } = await ordersSubmitted(ctx.store, { gte: range.from, lt: range.to })
      const file: OrderExport = {
        filename: `工单_${input.from}_${input.to}.csv`,
        csv: ordersCsv(items),
        rows: items.length,
        truncated,
      }
      return ok(file)
    },
  }),
}
