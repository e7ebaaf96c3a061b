import type { BillFilter, RunBillsInput, SaveFeeItemInput } from '@core/billing/billing.schemas'
import type { CollectionReport } from '@core/billing/billing-report'
import type {
  ArrearsList,
  BillList,
  BillRunReport,
  Checkout,
  OrderView,
  ReminderReport,
} from '@core/billing/billing.views'
import type { FeeItem } from '@core/billing/fee-item'
import type { OrderStatus, PaymentOrder } from '@core/billing/payment-order'
import type { Receipt } from '@core/billing/receipt'
import { callFunction, callCreate } from './call'

const billing = <T>(action: string, fields: object = {}) => callFunction<T>('billing', { action, ...fields })

/** The `billing` cloud function, one method per action. */
export const billingService = {
  /** The household's bills (optionally of one status), totals and open payments. */
  list: (status?: BillFilter) => billing<BillList>('list', status ? { status } : {}),
  /** One payment order for the chosen bills; its `payment` goes to requestPayment. */
  pay: (billIds: string[]) => billing<Checkout>('pay', { billIds }),
  cancelOrder: (orderId: string) => billing<PaymentOrder>('cancelOrder', { orderId }),
  receipts: () => billing<{ items: Receipt[] }>('receipts'),
  receipt: (id: string) => billing<Receipt>('receipt', { id }),

  /** Managers. */
  items: () => billing<{ items: FeeItem[] }>('items'),
  saveItem: (input: SaveFeeItemInput) => callCreate<FeeItem>('billing', { action: 'saveItem', ...input }),
  run: (input: RunBillsInput) => billing<BillRunReport>('run', input),
  collection: (period: string) => billing<CollectionReport>('collection', { period }),
  arrears: (building?: string) => billing<ArrearsList>('arrears', building ? { building } : {}),
  exportArrears: (exportReason: string, building?: string) =>
    billing<{ filename: string; csv: string }>(
      'exportArrears',
      building ? { building, exportReason } : { exportReason },
    ),
  orders: (status?: OrderStatus) => billing<{ items: OrderView[] }>('orders', status ? { status } : {}),
  refund: (orderId: string, reason: string) => billing<PaymentOrder>('refund', { orderId, reason }),
  remind: () => billing<ReminderReport>('remind'),
}
