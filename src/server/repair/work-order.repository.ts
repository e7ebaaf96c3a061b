import type { WorkOrder } from '@core/repair/work-order'
import type { Query, Store } from '../store/store.port'

type StoredOrder = WorkOrder & { id: string; version: number }

/** Work orders in the store. Writes are compare-and-set on `version`. */
export function workOrders(store: Store) {
  const collection = store.collection('workOrders')
  return {
    collection,
    get: (id: string) => collection.get(id),
    insert: (order: WorkOrder) => collection.insert(order),
    /** Null when someone else changed the order since it was read. */
    save: (order: WorkOrder) => collection.replace(order),
    find: (query: Query) => collection.find(query),
  }
}

export type WorkOrders = ReturnType<typeof workOrders>
