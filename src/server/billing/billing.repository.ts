import type { Bill } from '@core/billing/bill'
import type { FeeItem } from '@core/billing/fee-item'
import type { PaymentOrder } from '@core/billing/payment-order'
import type { Receipt } from '@core/billing/receipt'
import type { Collection, Query, Store, StoredDoc } from '../store/store.port'

/** The billing collections. Every write is an insert of a fresh id or a compare-and-set. */
export function billingStore(store: Store) {
  return {
    feeItems: store.collection('feeItems'),
    bills: store.collection('bills'),
    orders: store.collection('payOrders'),
    receipts: store.collection('receipts'),
  }
}

export type BillingStore = ReturnType<typeof billingStore>

/** Page size of whole-set reads (a period's bills, the arrears): the store's largest page. */
const PAGE = 1000
/** A bound on whole-set reads: 200 000 documents, far beyond one estate's month. */
const MAX_PAGES = 200

/** Every document a query matches, page by page in id order. */
export async function findAll<T extends StoredDoc>(collection: Collection<T>, where: Query['where']): Promise<T[]> {
  const all: T[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const rows = await collection.find({
      where,
      orderBy: { field: 'id', direction: 'asc' },
      limit: PAGE,
      skip: page * PAGE,
    })
    all.push(...rows)
    if (rows.length < PAGE) return all
  }
  throw new Error(`query matched more than ${PAGE * MAX_PAGES} documents`)
}
