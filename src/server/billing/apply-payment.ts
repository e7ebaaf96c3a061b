import type { Store } from '../store/store.port'
import { fieldErrorsOf } from '@core/shared/zod'
import { payNotificationSchema } from '@core/billing/billing.schemas'
import { settle } from '@core/billing/bill'
import { fromPayStamp } from '@core/billing/calendar'
import { noteUnsettled, settleOrder, type PaymentOrder } from '@core/billing/payment-order'
import { receiptFor } from '@core/billing/receipt'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { Context } from '../action'
import { updateDoc } from '../store/update-doc'

/** What payCallback answers; `errcode: 0` tells WeChat Pay to stop retrying. */
export interface PayCallbackReply {
  errcode: 0
  errmsg: string
  orderId: string | null
  /** True only for the notification that applied the payment; duplicates answer false. */
  applied: boolean
}

const done = (orderId: string | null, applied: boolean, errmsg: string): Result<PayCallbackReply> =>
  ok({ errcode: 0, errmsg, orderId, applied })

/**
 * Settles the order's bills and writes its receipt. Each step is idempotent and runs on every
 * notification for a paid order, so one that crashed half-way is finished by WeChat's retry.
 */
async function fulfil(ctx: Context, store: Store, order: PaymentOrder & { paidAt: string; transactionId: string }) {
  const unsettled: string[] = []
  for (const item of order.items) {
    const settled = await updateDoc(store.collection('bills'), item.billId, (b) => settle(b, order.id, order.paidAt))
    if (settled.ok) continue
    if (settled.error.code !== ErrorCode.CONFLICT) throw new Error(`settling ${item.billId}: ${settled.error.message}`)
    unsettled.push(item.billId)
  }
  if (unsettled.length > 0) {
    // Money arrived for bills another order had settled (a payment completed after its window).
    ctx.runtime.log.error('payment for bills already paid: refund due', { orderId: order.id, billIds: unsettled })
    await updateDoc(store.collection('payOrders'), order.id, (o) => ok(noteUnsettled(o, unsettled)))
  }
  await store.collection('receipts').insert(receiptFor(order, ctx.now))
}

/**
 * Applies one WeChat Pay notification: checks the amount against the stored order, records the
 * payment once with a compare-and-set, settles the bills and writes the receipt. Any number of
 * copies of the same notification, at once or days apart, apply it exactly once.
 */
export async function applyPayment(ctx: Context, event: unknown): Promise<Result<PayCallbackReply>> {
  const parsed = payNotificationSchema.safeParse(event)
  if (!parsed.success) {
    ctx.runtime.log.error('malformed payment notification', { fieldErrors: fieldErrorsOf(parsed.error) })
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'malformed payment notification', fieldErrorsOf(parsed.error)))
  }
  const n = parsed.data
  if (n.returnCode !== 'SUCCESS' || n.resultCode !== 'SUCCESS')
    return done(n.outTradeNo, false, 'not a successful payment')
  const store = ctx.store
  const paidAt = fromPayStamp(n.timeEnd) ?? ctx.now
  const report = { totalFee: n.totalFee, transactionId: n.transactionId, paidAt }
  const recorded = await updateDoc(store.collection('payOrders'), n.outTradeNo, (o) => settleOrder(o, report))
  if (!recorded.ok) {
    ctx.runtime.log.error('payment notification not applied', {
      outTradeNo: n.outTradeNo,
      totalFee: n.totalFee,
      error: recorded.error,
    })
    return recorded
  }
  const order = recorded.value.doc
  // A refund under way or made has undone the settlement; a late copy of the notification must not redo it.
  if (order.status !== 'paid' || order.paidAt === null || order.transactionId === null) {
    return done(order.id, false, 'already applied')
  }
  await fulfil(ctx, store, { ...order, paidAt: order.paidAt, transactionId: order.transactionId })
  if (recorded.value.written) ctx.runtime.log.info('payment applied', { orderId: order.id, amount: order.amount })
  return done(order.id, recorded.value.written, recorded.value.written ? 'OK' : 'already applied')
}
