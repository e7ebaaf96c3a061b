import { isOverdue, liveLock, type Bill } from '@core/billing/bill'
import type { BillFilter } from '@core/billing/billing.schemas'
import { arrearsCsv, collectionReport, daysOverdue, type CollectionReport } from '@core/billing/billing-report'
import { localDateOf, type Period } from '@core/billing/calendar'
import type { ArrearsList, BillList, BillView, OrderView, Subtotal } from '@core/billing/billing.views'
import { displayStatus, isOpen, type OrderStatus } from '@core/billing/payment-order'
import type { Receipt } from '@core/billing/receipt'
import type { Actor } from '@core/identity/actor'
import type { Context } from '../action'
import { findAll } from '../store/paging'

/** Newest first, so the latest period leads. */
const byPeriodDesc = (a: Bill, b: Bill) =>
  b.period.localeCompare(a.period) || a.itemName.localeCompare(b.itemName, 'zh-CN')

const subtotal = (bills: readonly Bill[]): Subtotal => ({
  count: bills.length,
  amount: bills.reduce((sum, b) => sum + b.amount, 0),
})

/** Orders read at most per list; an estate's recent payments fit many times over. */
const ORDERS_PAGE = 100

function matches(view: BillView, filter: BillFilter | undefined): boolean {
  if (filter === undefined) return true
  return filter === 'overdue' ? view.overdue : view.status === filter
}

/** The caller's unit's bills (a resident sees nothing else), filtered, with totals. */
export async function unitBills(ctx: Context, actor: Actor, filter: BillFilter | undefined): Promise<BillList> {
  const store = ctx.store
  const now = ctx.now
  const today = localDateOf(now)
  // The bills and the payments under way are read side by side: each is a round trip in production.
  const [bills, pending] = await Promise.all([
    findAll(store.collection('bills'), { unitId: actor.unitId }),
    store.collection('payOrders').find({
      where: { unitId: actor.unitId, status: 'pending' },
      orderBy: { field: 'createdAt', direction: 'desc' },
      limit: ORDERS_PAGE,
    }),
  ])
  const all = bills.sort(byPeriodDesc)
  const views = all.map((b) => ({ ...b, overdue: isOverdue(b, today), paying: liveLock(b, now) !== null }))
  return {
    items: views.filter((v) => matches(v, filter)),
    totals: {
      unpaid: subtotal(views.filter((v) => v.status === 'unpaid')),
      overdue: subtotal(views.filter((v) => v.overdue)),
      paid: subtotal(views.filter((v) => v.status === 'paid')),
    },
    openOrders: pending.filter((o) => isOpen(o, now)),
  }
}

/** A unit's receipts, newest first. */
export const unitReceipts = (ctx: Context, unitId: string | null): Promise<Receipt[]> =>
  ctx.store.collection('receipts').find({
    where: { unitId },
    orderBy: { field: 'paidAt', direction: 'desc' },
    limit: ORDERS_PAGE,
  })

/** Recent payment orders for managers, newest first, optionally of one status. */
export async function recentOrders(ctx: Context, status: OrderStatus | undefined): Promise<{ items: OrderView[] }> {
  const now = ctx.now
  const orders = await ctx.store.collection('payOrders').find({
    where: status ? { status } : {},
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: ORDERS_PAGE,
  })
  return { items: orders.map((o) => ({ ...o, displayStatus: displayStatus(o, now) })) }
}

export const collectionOf = async (ctx: Context, period: Period): Promise<CollectionReport> =>
  collectionReport(period, await findAll(ctx.store.collection('bills'), { period }))

/** Every bill unpaid past its due date (optionally of one building), by unit then period. */
export async function arrears(ctx: Context, building: string | undefined): Promise<ArrearsList> {
  const today = localDateOf(ctx.now)
  const owed = await findAll(ctx.store.collection('bills'), { status: 'unpaid', dueDate: { lt: today } })
  const items = owed
    .filter((b) => building === undefined || b.building === building)
    .sort((a, b) => a.unitId.localeCompare(b.unitId, 'zh-CN', { numeric: true }) || a.period.localeCompare(b.period))
    .map((b) => ({ ...b, daysOverdue: daysOverdue(b.dueDate, today) }))
  return { today, items, total: subtotal(items).amount, units: new Set(items.map((b) => b.unitId)).size }
}

export async function arrearsExport(
  ctx: Context,
  building: string | undefined,
): Promise<{ filename: string; csv: string }> {
  const list = await arrears(ctx, building)
  const scope = building ? `${building}号楼-` : ''
  return { filename: `欠费清单-${scope}${list.today}.csv`, csv: arrearsCsv(list.items, list.today) }
}
