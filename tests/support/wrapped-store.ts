import type { Collection, Store, StoredDoc } from '@server/store/store.port'

/** Runs around every store call: a delay, a meter, a yield; whatever a test needs a networked store to do. */
export type AroundCall = <R>(call: () => Promise<R>) => Promise<R>

/** The same store with `around` wrapped about each call of each collection. */
export function wrappedStore(inner: Store, around: AroundCall): Store {
  const wrap = <T extends StoredDoc>(collection: Collection<T>): Collection<T> => ({
    get: (id) => around(() => collection.get(id)),
    insert: (doc) => around(() => collection.insert(doc)),
    insertMany: (docs) => around(() => collection.insertMany(docs)),
    find: (query) => around(() => collection.find(query)),
    count: (where) => around(() => collection.count(where)),
    replace: (doc) => around(() => collection.replace(doc)),
    remove: (id, version) => around(() => collection.remove(id, version)),
  })
  return { collection: (name) => wrap(inner.collection(name)), close: () => inner.close() }
}
