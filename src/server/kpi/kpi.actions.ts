import { dashboardSchema, exportOrdersSchema } from '@core/estate/estate.schemas'
import { ordersCsv, type OrderExport } from '@core/estate/order-export'
import { dayRange, kpiWindow, serviceDashboard, type KpiRange, type ServiceDashboard } from '@core/estate/service-kpi'
import { ok } from '@core/shared/result'
import { action } from '../define-function'
import { findUpTo } from '../estate/paging'
import type { Runtime } from '../runtime/runtime'
import { workOrders } from '../repair/work-order.repository'
import type { Range, Store } from '../store/store.port'

/**
 * Orders one figure or export reads at most: a 3 000-unit estate files well under this in a
 * quarter. Beyond it the answer says `truncated` rather than running unbounded.
 */
export const MAX_REPORT_ORDERS = 10_000

/** Orders submitted in a range, oldest first, through the `createdAt` index. */
export const ordersSubmitted = (store: Store, createdAt: Range) =>
  findUpTo(
    workOrders(store),
    { where: { createdAt }, orderBy: { field: 'createdAt', direction: 'asc' } },
    MAX_REPORT_ORDERS,
  )

/** The service figures of a recent window, as of the runtime's clock. */
export async function dashboardOf(runtime: Runtime, range: KpiRange): Promise<ServiceDashboard> {
  const window = kpiWindow(range, runtime.clock.now().toISOString())
  const { items, truncated } = await ordersSubmitted(runtime.store, { gte: window.from, lte: window.to })
  return serviceDashboard(items, range, window, truncated)
}

/** Manager actions of the `admin` function: service figures and the work-order export. */
export const kpiActions = {
  /** Today, the last 7 or 30 estate-local days: totals, per category, per worker and the daily response trend. */
  serviceDashboard: action({
    roles: ['manager'],
    input: dashboardSchema,
    run: async (input, { runtime }) => ok(await dashboardOf(runtime, input.range)),
  }),
  /** Orders submitted between two estate-local dates (inclusive) as CSV for Excel (UTF-8 with BOM). */
  exportOrders: action({
    roles: ['manager'],
    // Recorded: the file carries residents' names and homes out of the system.
    audit: true,
    input: exportOrdersSchema,
    async run(input, { runtime }) {
      const range = dayRange(input.from, input.to)
      const { items, truncated } = await ordersSubmitted(runtime.store, { gte: range.from, lt: range.to })
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
