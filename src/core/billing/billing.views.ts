import type { Fen } from '../shared/money'
import type { Bill } from './bill'
import type { BillFilter } from './billing.schemas'
import type { LocalDate, Period } from './calendar'
import type { OrderStatus, PaymentOrder, PaymentParams } from './payment-order'

/** What the billing function answers, shared by the function and the mini-program. */

export interface BillView extends Bill {
  /** Unpaid past its due date: arrears. */
  overdue: boolean
  /** Held by an open payment order. */
  paying: boolean
}

export interface Subtotal {
  count: number
  amount: Fen
}

/** `billing.list`. */
export interface BillList {
  items: BillView[]
  /** Over all the unit's bills, whatever the filter. */
  totals: Record<BillFilter, Subtotal>
  /** The unit's payments still open: the payer may resume or cancel them. */
  openOrders: PaymentOrder[]
}

/** `billing.pay`. */
export interface Checkout {
  order: PaymentOrder
  /** For `Taro.requestPayment`. */
  payment: PaymentParams
}

/** A payment order as managers list it. */
export type OrderView = PaymentOrder & { displayStatus: OrderStatus | 'expired' }

/** `billing.arrears`. */
export interface ArrearsList {
  today: LocalDate
  items: (Bill & { daysOverdue: number })[]
  total: Fen
  /** How many units owe. */
  units: number
}

/** `billing.run`. */
export interface BillRunReport {
  period: Period
  dueDate: LocalDate
  /** Bills this run created. */
  created: number
  /** Bills the period already had (an earlier run), left untouched. */
  existing: number
  /** Total of the bills created, integer fen. */
  createdAmount: Fen
}

/** `billing.remind` and the daily timer. */
export interface ReminderReport {
  /** Bills reminded about by this run. */
  bills: number
  units: number
  messages: number
}
