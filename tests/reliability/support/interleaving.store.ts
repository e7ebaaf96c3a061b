import type { Collection, Store, StoredDoc } from '@server/store/store.port'

/** A small seeded PRNG (mulberry32): the same seed replays the same interleaving. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A store that behaves like a networked one: every call yields 0-3 ms before it reaches the
 * embedded database, so concurrent use cases interleave between their reads and writes as they
 * would against CloudBase. The local host hides such races because SQLite answers synchronously.
 */
export function interleavingStore(inner: Store, seed: number): Store {
  const random = seededRandom(seed)
  const pause = () => new Promise<void>((done) => setTimeout(done, Math.floor(random() * 4)))
  const wrap = <T extends StoredDoc>(collection: Collection<T>): Collection<T> => {
    const delayed =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        await pause()
        return call(...args)
      }
    return {
      get: delayed((id) => collection.get(id)),
      insert: delayed((doc) => collection.insert(doc)),
      insertMany: delayed((docs) => collection.insertMany(docs)),
      find: delayed((query) => collection.find(query)),
      count: delayed((where) => collection.count(where)),
      replace: delayed((doc) => collection.replace(doc)),
      remove: delayed((id, version) => collection.remove(id, version)),
    }
  }
  return { collection: (name) => wrap(inner.collection(name)), close: () => inner.close() }
}
