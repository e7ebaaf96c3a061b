import { isBefore } from '../shared/instant'
import { appError, ErrorCode } from '../shared/errors'
import type { Fen } from '../shared/money'
import { fail, ok, type Result } from '../shared/result'
import { addMinutes, type IsoTime } from '../shared/time'
import type { Period } from './calendar'
import type { Bill } from './bill'

export const ORDER_STATUSES = ['pending', 'paid', 'closed', 'refunding', 'refunded'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** How long the payer has to complete a payment. */
export const PAY_WINDOW_MINUTES = 15
/** Bills stay held a little past the window: WeChat may still finish a payment begun just before it closed. */
export const LOCK_GRACE_MINUTES = 5
/** Bills one order may settle. */
export const MAX_BILLS_PER_ORDER = 50

/** One bill as paid for: a copy, so receipts read the same after anything changes. */
export interface OrderItem {
  billId: string
  itemName: string
  period: Period
  amount: Fen
}

/** What the mini-program passes to `Taro.requestPayment` (the `payment` of cloudPay.unifiedOrder). */
export interface PaymentParams {
  timeStamp: string
  nonceStr: string
  package: string
  signType: 'MD5' | 'HMAC-SHA256' | 'RSA'
  paySign: string
}

export interface RefundRecord {
  /** Our refund number (out_refund_no); WeChat deduplicates retries on it. */
  no: string
  reason: string
  byOpenid: string
  requestedAt: IsoTime
  refundedAt: IsoTime | null
}

/** One payment of one or more bills of one unit. Its id is WeChat's out_trade_no. */
export interface PaymentOrder {
  /** 32 characters of [0-9a-f]: fits out_trade_no (≤ 32 of [A-Za-z0-9_-]). */
  id: string
  version: number
  status: OrderStatus
  unitId: string
  payerOpenid: string
  items: OrderItem[]
  /** Sum of the items, integer fen; a notification for any other amount is refused. */
  amount: Fen
  createdAt: IsoTime
  /** Unpaid by then, the order has expired and its bills are free again. */
  expiresAt: IsoTime
  /** Kept so asking to pay the same bills again resumes this order instead of opening another. */
  payment: PaymentParams | null
  paidAt: IsoTime | null
  /** WeChat's transaction id (transaction_id) once paid. */
  transactionId: string | null
  /** Bills another order had already settled when this payment arrived: money to give back. */
  unsettledBillIds: string[]
  closedAt: IsoTime | null
  refund: RefundRecord | null
}

export type OrderAction = 'settle' | 'close' | 'refund' | 'refunded' | 'refundFailed'

/** The one transition table of a payment order. Absent means not allowed. */
export const ORDER_TRANSITIONS: Record<OrderAction, Partial<Record<OrderStatus, OrderStatus>>> = {
  // Money the gateway took is applied even to an order closed or past its window.
  settle: { pending: 'paid', closed: 'paid' },
  close: { pending: 'closed' },
  // A refund stuck in `refunding` (the gateway timed out) may be asked again with the same number.
  refund: { paid: 'refunding', refunding: 'refunding' },
  refunded: { refunding: 'refunded' },
  refundFailed: { refunding: 'paid' },
}

function transition(order: PaymentOrder, action: OrderAction, change: Partial<PaymentOrder>): Result<PaymentOrder> {
  const to = ORDER_TRANSITIONS[action][order.status]
  if (!to) return fail(appError(ErrorCode.INVALID_TRANSITION, `cannot ${action} an order that is ${order.status}`))
  return ok({ ...order, ...change, status: to })
}

export function openOrder(
  id: string,
  payerOpenid: string,
  unitId: string,
  bills: readonly Bill[],
  now: IsoTime,
): PaymentOrder {
  const items = bills.map((b) => ({ billId: b.id, itemName: b.itemName, period: b.period, amount: b.amount }))
  return {
    id,
    version: 0,
    status: 'pending',
    unitId,
    payerOpenid,
    items,
    amount: items.reduce((sum, item) => sum + item.amount, 0),
    createdAt: now,
    expiresAt: addMinutes(now, PAY_WINDOW_MINUTES),
    payment: null,
    paidAt: null,
    transactionId: null,
    unsettledBillIds: [],
    closedAt: null,
    refund: null,
  }
}

/** How long the order's bills stay held. */
export const lockUntil = (order: PaymentOrder): IsoTime => addMinutes(order.expiresAt, LOCK_GRACE_MINUTES)

/** Pending and still inside its window: the payer may complete it. */
export const isOpen = (order: PaymentOrder, now: IsoTime): boolean =>
  order.status === 'pending' && isBefore(now, order.expiresAt)

/** The status people see: a pending order past its window reads as expired. */
export const displayStatus = (order: PaymentOrder, now: IsoTime): OrderStatus | 'expired' =>
  order.status === 'pending' && !isOpen(order, now) ? 'expired' : order.status

/** A payment the gateway reports as made. */
export interface PaymentReport {
  totalFee: Fen
  transactionId: string
  paidAt: IsoTime
}

/**
 * Records the payment. Null when this transaction was already recorded (nothing to write);
 * PAYMENT_AMOUNT_MISMATCH when the amount differs from the order's, which then stays as it was.
 */
export function settleOrder(order: PaymentOrder, report: PaymentReport): Result<PaymentOrder | null> {
  if (report.totalFee !== order.amount) {
    return fail(
      appError(
        ErrorCode.PAYMENT_AMOUNT_MISMATCH,
        `order ${order.id} is ${order.amount} fen, notified ${report.totalFee}`,
      ),
    )
  }
  if (order.transactionId === report.transactionId) return ok(null)
  return transition(order, 'settle', { paidAt: report.paidAt, transactionId: report.transactionId })
}

export const closeOrder = (order: PaymentOrder, now: IsoTime): Result<PaymentOrder> =>
  transition(order, 'close', { closedAt: now })

/** Notes bills this payment could not settle because another order had; each is noted once. */
export const noteUnsettled = (order: PaymentOrder, billIds: readonly string[]): PaymentOrder | null => {
  const added = billIds.filter((id) => !order.unsettledBillIds.includes(id))
  return added.length === 0 ? null : { ...order, unsettledBillIds: [...order.unsettledBillIds, ...added] }
}

/** Starts a full refund; a refund already under way keeps its number and first reason. */
export function beginRefund(order: PaymentOrder, reason: string, byOpenid: string, now: IsoTime): Result<PaymentOrder> {
  const record = order.refund ?? { no: `R${order.id}`, reason, byOpenid, requestedAt: now, refundedAt: null }
  return transition(order, 'refund', { refund: record })
}

export function finishRefund(order: PaymentOrder, now: IsoTime): Result<PaymentOrder> {
  return transition(order, 'refunded', { refund: order.refund && { ...order.refund, refundedAt: now } })
}

/** The gateway refused the refund: the order is paid again and a later request starts afresh. */
export const abandonRefund = (order: PaymentOrder): Result<PaymentOrder> =>
  transition(order, 'refundFailed', { refund: null })
