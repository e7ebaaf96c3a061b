import type { Store } from '@server/store/store.port'
import { type CallInfo, wrappedStore } from './wrapped-store'

const WRITES = new Set<CallInfo['op']>(['insert', 'insertMany', 'replace', 'remove'])

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
  reads = 0
  writes = 0
  depth = 0
  /** Each call as `collection.op@depth`, in the order they finished: what to look at when a budget fails. */
  trace: string[] = []

  constructor(private readonly delayMs = 0) {}

  reset(): void {
    this.calls = 0
    this.reads = 0
    this.writes = 0
    this.depth = 0
    this.trace = []
  }

  async around<T>(call: () => Promise<T>, info: CallInfo): Promise<T> {
    const startedAt = this.depth
    this.calls += 1
    if (WRITES.has(info.op)) this.writes += 1
    else this.reads += 1
    if (this.delayMs > 0) await new Promise((done) => setTimeout(done, this.delayMs))
    const result = await call()
    this.depth = Math.max(this.depth, startedAt + 1)
    this.trace.push(`${info.collection}.${info.op}@${startedAt + 1}`)
    return result
  }
}

/** The store use cases see, with every call metered (and delayed, to model a networked database). */
export function meteredStore(inner: Store, meter: RoundTripMeter): Store {
  return wrappedStore(inner, (call, info) => meter.around(call, info))
}
