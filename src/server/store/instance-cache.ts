import type { CollectionName } from './collections'
import type { Collection, Store, StoredDoc } from './store.port'
import { madeOnce } from './made-once'

/**
 * The estate's policy documents, read by id on nearly every write (SLA terms, dispatch mode,
 * limits, quality rules, vendor routes) and edited a few times a year.
 */
export const CACHED_COLLECTIONS: readonly CollectionName[] = ['settings', 'qualityRules', 'vendorRoutes']

/**
 * How long a warm instance trusts a policy document it read. An edit made through this instance is
 * seen at once (every write to a cached document drops it here); one made through another warm
 * instance is seen within this time, which the policy's own scale allows: SLA terms and limits are
 * hours and days, and an order promised terms a few seconds old is promised what the estate offered
 * when the resident tapped. A save that read a stale copy loses its compare-and-set, which drops
 * the copy, so the manager's retry works on the current document.
 */
export const POLICY_TTL_MS = 30_000

interface Entry {
  at: number
  read: Promise<unknown>
}

/**
 * `inner` with `get` on the policy collections remembered per warm instance for `ttlMs`, keyed by
 * estate, collection and id: every other call, and every other collection, goes straight through.
 */
export function withInstanceCache(inner: Store, ttlMs = POLICY_TTL_MS, now: () => number = Date.now): Store {
  const entries = new Map<string, Entry>()

  const cached = <T extends StoredDoc>(prefix: string, collection: Collection<T>): Collection<T> => {
    const key = (id: string) => `${prefix}|${id}`
    // Dropped as the write starts and again as it ends (won or lost): a read made meanwhile is not kept.
    const writing = async <R>(ids: string[], write: () => Promise<R>): Promise<R> => {
      ids.forEach((id) => entries.delete(key(id)))
      try {
        return await write()
      } finally {
        ids.forEach((id) => entries.delete(key(id)))
      }
    }
    return {
      async get(id) {
        const k = key(id)
        const hit = entries.get(k)
        // Callers share the read in flight; each gets its own copy to change as it likes.
        if (hit && now() - hit.at < ttlMs) return structuredClone((await hit.read) as T | null)
        const read = collection.get(id)
        entries.set(k, { at: now(), read })
        try {
          return structuredClone(await read)
        } catch (error) {
          entries.delete(k)
          throw error
        }
      },
      find: (query) => collection.find(query),
      count: (where) => collection.count(where),
      insert: (doc) => writing([doc.id], () => collection.insert(doc)),
      insertMany: (docs) =>
        writing(
          docs.map((d) => d.id),
          () => collection.insertMany(docs),
        ),
      replace: (doc) => writing([doc.id], () => collection.replace(doc)),
      remove: (id, version) => writing([id], () => collection.remove(id, version)),
    }
  }

  // One view per estate, each wrapping a policy collection once (every call resolves its caller's estate).
  const views = new Map<string | null, Store>()
  const scoped = (store: Store): Store =>
    madeOnce(views, store.estateId, () => {
      const wrapped = new Map<CollectionName, Collection<StoredDoc>>()
      return {
        estateId: store.estateId,
        collection: (name) =>
          CACHED_COLLECTIONS.includes(name)
            ? (madeOnce(wrapped, name, () =>
                cached(`${store.estateId ?? ''}|${name}`, store.collection(name) as Collection<StoredDoc>),
              ) as ReturnType<Store['collection']>)
            : store.collection(name),
        forEstate: (estateId) => scoped(store.forEstate(estateId)),
        acrossEstates: (name) => store.acrossEstates(name),
        close: () => store.close(),
      }
    })
  return scoped(inner)
}
