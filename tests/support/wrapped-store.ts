import type { Collection, Store, StoredDoc } from '@server/store/store.port'

/** Which store call is running: the collection and the operation, to count reads and writes apart. */
export interface CallInfo {
  collection: string
  op: 'get' | 'insert' | 'insertMany' | 'find' | 'count' | 'replace' | 'remove'
}

/** Runs around every store call: a delay, a meter, a yield; whatever a test needs a networked store to do. */
export type AroundCall = <R>(call: () => Promise<R>, info: CallInfo) => Promise<R>

/** The same store, and each estate's view of it, with `around` wrapped about each call of each collection. */
export function wrappedStore(inner: Store, around: AroundCall): Store {
  const wrap = <T extends StoredDoc>(name: string, collection: Collection<T>): Collection<T> => ({
    get: (id) => around(() => collection.get(id), { collection: name, op: 'get' }),
    insert: (doc) => around(() => collection.insert(doc), { collection: name, op: 'insert' }),
    insertMany: (docs) => around(() => collection.insertMany(docs), { collection: name, op: 'insertMany' }),
    find: (query) => around(() => collection.find(query), { collection: name, op: 'find' }),
    count: (where) => around(() => collection.count(where), { collection: name, op: 'count' }),
    replace: (doc) => around(() => collection.replace(doc), { collection: name, op: 'replace' }),
    remove: (id, version) => around(() => collection.remove(id, version), { collection: name, op: 'remove' }),
  })
  return {
    estateId: inner.estateId,
    collection: (name) => wrap(name, inner.collection(name)),
    forEstate: (estateId) => wrappedStore(inner.forEstate(estateId), around),
    acrossEstates: (name) => {
      const across = inner.acrossEstates(name)
      return {
        get: (id) => around(() => across.get(id), { collection: name, op: 'get' }),
        find: (query) => around(() => across.find(query), { collection: name, op: 'find' }),
      }
    },
    close: () => inner.close(),
  }
}
