import type { CollectionName } from './collections'
import type { Collection, InEstate, Store, StoredDoc } from './store.port'

/**
 * `store` with one document read ahead: the first `get(id)` of `name` answers from `read`, a read
 * across estates started beside the caller's lookup (before the caller's estate was known), so the
 * action does not wait a round trip for it after. Only a document found in this store's estate is
 * answered so; otherwise (none found, one of another estate, since a natural id such as a unit's
 * repeats across estates, or the read failed) `store` reads it as it would have. Later gets go to `store`.
 */
export function withReadAhead(
  store: Store,
  name: CollectionName,
  id: string,
  read: Promise<InEstate<StoredDoc> | null>,
): Store {
  let ahead: Promise<InEstate<StoredDoc> | null> | null = read.catch(() => null)
  const firstGet = <T extends StoredDoc>(collection: Collection<T>): Collection<T>['get'] => {
    return async (docId) => {
      if (docId !== id || !ahead) return collection.get(docId)
      const found = await ahead
      ahead = null
      return found?.estateId === store.estateId ? (found.doc as T) : collection.get(docId)
    }
  }
  return {
    estateId: store.estateId,
    collection: (collectionName) => {
      const collection = store.collection(collectionName)
      if (collectionName !== name) return collection
      return {
        get: firstGet(collection),
        insert: (doc) => collection.insert(doc),
        insertMany: (docs) => collection.insertMany(docs),
        find: (query) => collection.find(query),
        count: (where) => collection.count(where),
        replace: (doc) => collection.replace(doc),
        remove: (docId, version) => collection.remove(docId, version),
      }
    },
    forEstate: (estateId) => store.forEstate(estateId),
    acrossEstates: (collectionName) => store.acrossEstates(collectionName),
    close: () => store.close(),
  }
}
