import { csvFile, documentOf, itemsOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import { BILL_STATUSES, type Bill } from './bill'
import type { CollectionReport, CollectionRow } from './billing-report'
import type {
  ArrearsList,
  BillList,
  BillRunReport,
  BillView,
  Checkout,
  OrderView,
  ReminderReport,
  Subtotal,
} from './billing.views'
import { FEE_KINDS, type FeeItem } from './fee-item'
import { ORDER_STATUSES, type PaymentOrder, type PaymentParams } from './payment-order'
import type { Receipt } from './receipt'

// What the `billing` function answers, as the client's billing service parses it. Amounts are
// integer fen; the screens sum and format them, so each amount is checked to be a number.

const billFields = {
  id: z.string(),
  version: z.number(),
  unitId: z.string(),
  itemName: z.string(),
  kind: z.enum(FEE_KINDS),
  period: z.string(),
  amount: z.number(),
  dueDate: z.string(),
  status: z.enum(BILL_STATUSES),
}
const paymentOrderFields = {
  id: z.string(),
  version: z.number(),
  status: z.enum(ORDER_STATUSES),
  unitId: z.string(),
  amount: z.number(),
  createdAt: z.string(),
  expiresAt: z.string(),
}
export const paymentOrderReply = documentOf<PaymentOrder>()(paymentOrderFields)

const subtotal = documentOf<Subtotal>()({ count: z.number(), amount: z.number() })
export const billListReply = documentOf<BillList>()({
  items: z.array(documentOf<BillView>()({ ...billFields, overdue: z.boolean(), paying: z.boolean() })),
  totals: documentOf<BillList['totals']>()({ unpaid: subtotal, overdue: subtotal, paid: subtotal }),
  openOrders: z.array(paymentOrderReply),
})

const paymentParams: z.ZodType<PaymentParams> = z.looseObject({
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.enum(['MD5', 'HMAC-SHA256', 'RSA']),
  paySign: z.string(),
})
export const checkoutReply = documentOf<Checkout>()({ order: paymentOrderReply, payment: paymentParams })

export const receiptReply = documentOf<Receipt>()({
  id: z.string(),
  number: z.string(),
  unitId: z.string(),
  amount: z.number(),
  paidAt: z.string(),
})
export const receiptListReply = itemsOf(receiptReply)

export const feeItemReply = documentOf<FeeItem>()({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  kind: z.enum(FEE_KINDS),
  rateFen: z.number(),
  active: z.boolean(),
})
export const feeItemListReply = itemsOf(feeItemReply)

export const billRunReply: z.ZodType<BillRunReport> = z.looseObject({
  period: z.string(),
  dueDate: z.string(),
  created: z.number(),
  existing: z.number(),
  createdAmount: z.number(),
})
export const collectionReportReply = documentOf<CollectionReport>()({
  period: z.string(),
  rows: z.array(
    documentOf<CollectionRow>()({ building: z.string(), bills: z.number(), billed: z.number(), collected: z.number() }),
  ),
})
export const arrearsReply = documentOf<ArrearsList>()({
  today: z.string(),
  items: z.array(documentOf<Bill & { daysOverdue: number }>()({ ...billFields, daysOverdue: z.number() })),
  total: z.number(),
  units: z.number(),
})
export const arrearsCsvReply = csvFile
export const orderViewListReply = itemsOf(
  documentOf<OrderView>()({ ...paymentOrderFields, displayStatus: z.enum([...ORDER_STATUSES, 'expired']) }),
)
export const reminderReply: z.ZodType<ReminderReport> = z.looseObject({
  bills: z.number(),
  units: z.number(),
  messages: z.number(),
})
