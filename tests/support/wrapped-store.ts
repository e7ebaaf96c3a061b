import type { Collection, Store, StoredDoc } from '@server/store/store.port'

/** Runs around every store call: a delay, a meter, a yield; whatever a test needs a networked store to do. */
export type AroundCall = <R>(call: () => Promise<R>) => Promise<R>

/** The same store, and each estate's view of it, with `around` wrapped about each call of each collection. */
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
  return {
    estateId: inner.estateId,
    collection: (name) => wrap(inner.collection(name)),
    forEstate: (estateId) => wrappedStore(inner.forEstate(estateId), around),
    acrossEstates: (name) => {
      const across = inner.acrossEstates(name)
      return { get: (id) => around(() => across.get(id)), find: (query) => around(() => across.find(query)) }
    },
    close: () => inner.close(),
  }
}
