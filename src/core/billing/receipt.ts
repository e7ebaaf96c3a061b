import type { Fen } from '../shared/money'
import type { IsoTime } from '../shared/time'
import { localDateOf } from './calendar'
import type { OrderItem, PaymentOrder } from './payment-order'

/** Proof of one payment, written once when the payment is applied. */
export interface Receipt {
  /** The order's id: one order, one receipt, however often the notification comes. */
  id: string
  version: number
  /** Printed number: the estate-local payment date and the start of the order id, e.g. `20261205-3F2A9C1B`. */
  number: string
  orderId: string
  unitId: string
  payerOpenid: string
  items: OrderItem[]
  amount: Fen
  paidAt: IsoTime
  transactionId: string
  createdAt: IsoTime
  /** Set when the payment was refunded. */
  refundedAt: IsoTime | null
}

/** The receipt of a settled order (it must have a transaction and a payment time). */
export function receiptFor(order: PaymentOrder & { paidAt: IsoTime; transactionId: string }, now: IsoTime): Receipt {
  return {
    id: order.id,
    version: 0,
    number: `${localDateOf(order.paidAt).replaceAll('-', '')}-${order.id.slice(0, 8).toUpperCase()}`,
    orderId: order.id,
    unitId: order.unitId,
    payerOpenid: order.payerOpenid,
    items: order.items,
    amount: order.amount,
    paidAt: order.paidAt,
    transactionId: order.transactionId,
    createdAt: now,
    refundedAt: null,
  }
}
