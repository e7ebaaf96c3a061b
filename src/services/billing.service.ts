import {
  arrearsCsvReply,
  arrearsReply,
  billListReply,
  billRunReply,
  checkoutReply,
  collectionReportReply,
  feeItemListReply,
  feeItemReply,
  orderViewListReply,
  paymentOrderReply,
  receiptListReply,
  receiptReply,
  reminderReply,
} from '@core/billing/billing.replies'
import type { BillFilter, RunBillsInput, SaveFeeItemInput } from '@core/billing/billing.schemas'
import type { OrderStatus } from '@core/billing/payment-order'
import { actionsOf, callCreate } from './call'

const billing = actionsOf('billing')

/** The `billing` cloud function, one method per action. */
export const billingService = {
  /** The household's bills (optionally of one status), totals and open payments. */
  list: (status?: BillFilter) => billing('list', billListReply, status ? { status } : {}),
  /** One payment order for the chosen bills; its `payment` goes to requestPayment. */
  pay: (billIds: string[]) => billing('pay', checkoutReply, { billIds }),
  cancelOrder: (orderId: string) => billing('cancelOrder', paymentOrderReply, { orderId }),
  receipts: () => billing('receipts', receiptListReply),
  receipt: (id: string) => billing('receipt', receiptReply, { id }),

  /** Managers. */
  items: () => billing('items', feeItemListReply),
  saveItem: (input: SaveFeeItemInput) => callCreate('billing', { action: 'saveItem', ...input }, feeItemReply),
  run: (input: RunBillsInput) => billing('run', billRunReply, input),
  collection: (period: string) => billing('collection', collectionReportReply, { period }),
  arrears: (building?: string) => billing('arrears', arrearsReply, building ? { building } : {}),
  exportArrears: (exportReason: string, building?: string) =>
    billing('exportArrears', arrearsCsvReply, building ? { building, exportReason } : { exportReason }),
  orders: (status?: OrderStatus) => billing('orders', orderViewListReply, status ? { status } : {}),
  refund: (orderId: string, reason: string) => billing('refund', paymentOrderReply, { orderId, reason }),
  remind: () => billing('remind', reminderReply),
}
