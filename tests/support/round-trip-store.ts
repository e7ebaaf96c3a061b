import type { Collection, Store, StoredDoc } from '@server/store/store.port'

/**
 * Counts the store calls one action makes and how many of them sit on its critical path, as a
 * networked store (CloudBase: every call a round trip) would make the caller wait. Shared by the
 * bench's latency model and the round-trip budget test.
 *
 * The depth of a call is one more than the depth reached when it started: calls started together
 * (`Promise.all`) share a level, a call started after another finished goes one level deeper.
 */
export class RoundTripMeter {
  calls = 0
  depth = 0

  constructor(private readonly delayMs = 0) {}

  reset(): void {
    this.calls = 0
    this.depth = 0
  }

  async around<T>(call: () => Promise<T>): Promise<T> {
    const startedAt = this.depth
    this.calls += 1
    if (this.delayMs > 0) await new Promise((done) => setTimeout(done, this.delayMs))
    const result = await call()
    this.depth = Math.max(this.depth, startedAt + 1)
    return result
  }
}

function meteredCollection<T extends StoredDoc>(inner: Collection<T>, meter: RoundTripMeter): Collection<T> {
  return {
    get: (id) => meter.around(() => inner.get(id)),
    insert: (doc) => meter.around(() => inner.insert(doc)),
    insertMany: (docs) => meter.around(() => inner.insertMany(docs)),
    find: (query) => meter.around(() => inner.find(query)),
    count: (where) => meter.around(() => inner.count(where)),
    replace: (doc) => meter.around(() => inner.replace(doc)),
    remove: (id, version) => meter.around(() => inner.remove(id, version)),
  }
}

/** The store use cases see, with every call metered (and delayed, to model a networked database). */
export function meteredStore(inner: Store, meter: RoundTripMeter): Store {
  return {
    collection: (name) => meteredCollection(inner.collection(name), meter),
    close: () => inner.close(),
  }
}
