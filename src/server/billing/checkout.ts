import type { Store } from '../store/store.port'
import { liveLock, lock, release, type Bill } from '@core/billing/bill'
import type { Checkout } from '@core/billing/billing.views'
import { closeOrder, isOpen, lockUntil, openOrder, type PaymentOrder } from '@core/billing/payment-order'
import type { Actor } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result, notFound } from '@core/shared/result'
import type { Context } from '../action'
import { updateDoc } from '../store/update-doc'

/** The payment sheet's line: the first bill's item and period, and how many more. */
function sheetLine(order: PaymentOrder): string {
  const first = order.items[0]!
  const more = order.items.length > 1 ? ` 等${order.items.length}项` : ''
  return `邻里物业缴费-${first.period} ${first.itemName}${more}`.slice(0, 40)
}

/** Lets go of every bill the order holds; bills it does not hold are left alone. */
async function releaseBills(store: Store, order: PaymentOrder): Promise<void> {
  for (const item of order.items)
    await updateDoc(store.collection('bills'), item.billId, (b) => ok(release(b, order.id)))
}

/** Holds every bill for the order, in order; on the first refusal lets go of those already held. */
async function lockBills(store: Store, order: PaymentOrder, now: string): Promise<Result<void>> {
  const hold = { orderId: order.id, until: lockUntil(order) }
  for (const [index, item] of order.items.entries()) {
    const locked = await updateDoc(store.collection('bills'), item.billId, (b) => lock(b, hold, now))
    if (!locked.ok) {
      await releaseBills(store, { ...order, items: order.items.slice(0, index) })
      return locked
    }
  }
  return ok(undefined)
}

/** Opens the payment at the gateway and keeps its parameters; on refusal closes the order and frees its bills. */
async function prepay(ctx: Context, store: Store, order: PaymentOrder): Promise<Result<Checkout>> {
  const payment = await ctx.runtime.pay.prepay({
    outTradeNo: order.id,
    totalFee: order.amount,
    description: sheetLine(order),
    payerOpenid: order.payerOpenid,
    expiresAt: order.expiresAt,
  })
  if (!payment.ok) {
    ctx.runtime.log.error('prepay refused', { orderId: order.id, error: payment.error })
    const closed = await updateDoc(store.collection('payOrders'), order.id, (o) => closeOrder(o, ctx.now))
    if (closed.ok) await releaseBills(store, order)
    return payment
  }
  const saved = await updateDoc(store.collection('payOrders'), order.id, (o) =>
    ok(o.status === 'pending' ? { ...o, payment: payment.value } : null),
  )
  return ok({ order: saved.ok ? saved.value.doc : order, payment: payment.value })
}

const sameBills = (order: PaymentOrder, bills: readonly Bill[]) =>
  order.items.length === bills.length && bills.every((b) => order.items.some((i) => i.billId === b.id))

/**
 * Puts some of the caller's unit's unpaid bills into one payment order. A bill held by another
 * open order makes the whole request a CONFLICT with nothing written; asking again for exactly
 * the bills of an open order resumes it (the payer closed the sheet and tapped pay again).
 */
export async function payBills(ctx: Context, actor: Actor, billIds: readonly string[]): Promise<Result<Checkout>> {
  const store = ctx.store
  const now = ctx.now
  const found = await Promise.all(billIds.map((id) => store.collection('bills').get(id)))
  // Another unit's bill reads as absent, so its existence does not leak.
  if (actor.unitId === null || found.some((b) => b === null || b.unitId !== actor.unitId)) return notFound('bill')
  const bills = found as Bill[]
  if (bills.some((b) => b.status !== 'unpaid')) return fail(appError(ErrorCode.CONFLICT, 'a bill is already paid'))

  const holders = new Set(bills.map((b) => liveLock(b, now)?.orderId ?? null))
  const [holder] = holders
  if (holders.size === 1 && holder) {
    const open = await store.collection('payOrders').get(holder)
    if (open && isOpen(open, now) && sameBills(open, bills)) {
      return open.payment ? ok({ order: open, payment: open.payment }) : prepay(ctx, store, open)
    }
  }

  const order = openOrder(ctx.runtime.newId(), actor.openid, actor.unitId, bills, now)
  const locked = await lockBills(store, order, now)
  if (!locked.ok) return locked
  const inserted = await store.collection('payOrders').insert(order)
  if (!inserted) {
    await releaseBills(store, order)
    return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
  }
  return prepay(ctx, store, inserted)
}

/** The payer gives up an unpaid order: closed at the gateway first, so it can no longer be paid, then its bills are free. */
export async function cancelOrder(ctx: Context, actor: Actor, orderId: string): Promise<Result<PaymentOrder>> {
  const store = ctx.store
  const order = await store.collection('payOrders').get(orderId)
  if (!order || order.unitId !== actor.unitId) return notFound('order')
  const now = ctx.now
  const closable = closeOrder(order, now)
  if (!closable.ok) return closable
  const closedAtGateway = await ctx.runtime.pay.close(order.id)
  if (!closedAtGateway.ok) return closedAtGateway
  const closed = await updateDoc(store.collection('payOrders'), order.id, (o) => closeOrder(o, now))
  if (!closed.ok) return closed
  await releaseBills(store, closed.value.doc)
  return ok(closed.value.doc)
}
