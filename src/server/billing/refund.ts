import { refund as refundBill } from '@core/billing/bill'
import { abandonRefund, beginRefund, finishRefund, type PaymentOrder } from '@core/billing/payment-order'
import type { Actor } from '@core/identity/actor'
import { ok, type Result } from '@core/shared/result'
import type { Context } from '../action'
import { updateDoc } from '../store/update-doc'

/**
 * A manager refunds a paid order in full, with a reason. The order is marked `refunding` first (a
 * second manager's click then joins the same refund number), the gateway is asked, and only when
 * it accepts do the bills this order settled become owed again and the receipt show the refund.
 */
export async function refundOrder(
  ctx: Context,
  manager: Actor,
  orderId: string,
  reason: string,
): Promise<Result<PaymentOrder>> {
  const store = ctx.store
  const now = () => ctx.now
  const started = await updateDoc(store.collection('payOrders'), orderId, (o) =>
    beginRefund(o, reason, manager.openid, now()),
  )
  if (!started.ok) return started
  const order = started.value.doc
  const refunded = await ctx.runtime.pay.refund({
    outTradeNo: order.id,
    outRefundNo: order.refund!.no,
    totalFee: order.amount,
    refundFee: order.amount,
    reason: order.refund!.reason,
  })
  if (!refunded.ok) {
    ctx.runtime.log.error('refund refused', { orderId, error: refunded.error })
    await updateDoc(store.collection('payOrders'), orderId, abandonRefund)
    return refunded
  }
  const finished = await updateDoc(store.collection('payOrders'), orderId, (o) => finishRefund(o, now()))
  if (!finished.ok) return finished
  for (const item of order.items)
    await updateDoc(store.collection('bills'), item.billId, (b) => refundBill(b, order.id))
  await updateDoc(store.collection('receipts'), order.id, (r) =>
    ok(r.refundedAt === null ? { ...r, refundedAt: now() } : null),
  )
  ctx.runtime.log.info('order refunded', { orderId, amount: order.amount, by: manager.openid })
  return ok(finished.value.doc)
}
