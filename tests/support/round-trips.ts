import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FUNCTIONS } from '@server/functions'
import { createLocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'
import { withInstanceCache } from '@server/store/instance-cache'
import { parsedStore } from '@server/store/parsed-store'
import { meteredStore, RoundTripMeter } from './round-trip-store'

/** One round trip from a cloud function to the CloudBase database, as this model charges it. */
export const ROUND_TRIP_MS = 10

interface Step {
  label: string
  openid: string
  fn: string
  event: (orderId: string) => Record<string, unknown>
}

/** A repair's whole loop plus the reads each screen makes, in the order people do them. */
const LOOP: Step[] = [
  {
    label: 'repair.create',
    openid: 'resident-1',
    fn: 'repair',
    // The app sends a requestId with every create (src/services/call.ts), so the idempotency log is paid for.
    event: () => ({
      action: 'create',
      category: 'plumbing',
      priority: 'normal',
      description: '厨房水龙头漏水',
      requestId: randomUUID(),
    }),
  },
  { label: 'repair.get', openid: 'resident-1', fn: 'repair', event: (id) => ({ action: 'get', id }) },
  { label: 'repair.list (mine)', openid: 'resident-1', fn: 'repair', event: () => ({ action: 'list', scope: 'mine' }) },
  { label: 'repair.list (pool)', openid: 'staff-1', fn: 'repair', event: () => ({ action: 'list', scope: 'pool' }) },
  { label: 'repair.accept', openid: 'staff-1', fn: 'repair', event: (id) => ({ action: 'accept', id }) },
  { label: 'repair.start', openid: 'staff-1', fn: 'repair', event: (id) => ({ action: 'start', id }) },
  {
    label: 'repair.complete',
    openid: 'staff-1',
    fn: 'repair',
    // From the second loop on the same fault is a repeat (返修), which is finished only with its cause.
    event: (id) => ({ action: 'complete', id, rootCause: { code: 'wear', text: '阀芯老化' } }),
  },
  {
    label: 'repair.confirm',
    openid: 'resident-1',
    fn: 'repair',
    event: (id) => ({ action: 'confirm', id, rating: 5 }),
  },
  { label: 'repair.late', openid: 'admin-1', fn: 'repair', event: () => ({ action: 'late' }) },
  { label: 'inbox.list', openid: 'resident-1', fn: 'inbox', event: () => ({ action: 'list' }) },
  { label: 'inbox.unreadCount', openid: 'resident-1', fn: 'inbox', event: () => ({ action: 'unreadCount' }) },
  { label: 'billing.list', openid: 'resident-1', fn: 'billing', event: () => ({ action: 'list' }) },
  { label: 'visitor.list', openid: 'resident-1', fn: 'visitor', event: () => ({ action: 'list' }) },
]

export interface RoundTripRow {
  label: string
  calls: number
  reads: number
  writes: number
  criticalPath: number
  /** The calls of the costliest run, as `collection.op@depth`. */
  trace: string[]
  /** Wall time of each call, in milliseconds. */
  ms: number[]
}

/**
 * Runs every step of the loop in-process over a store that charges `delayMs` per call, `loops` times,
 * and reports per action the store calls, the sequential ones (the critical path) and the latency.
 */
export async function measureRoundTrips(loops: number, delayMs = ROUND_TRIP_MS): Promise<RoundTripRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-round-trips-'))
  const runtime = createLocalRuntime(dataDir, { info: () => {}, error: () => {} })
  try {
    await seedIfEmpty(runtime.store)
    const meter = new RoundTripMeter(delayMs)
    // Metered under the instance cache, as the runtime composes its store: a cache hit is no round trip.
    runtime.store = withInstanceCache(meteredStore(parsedStore(runtime.documents), meter))
    const samples = new Map<
      string,
      { calls: number; reads: number; writes: number; depth: number; trace: string[]; ms: number[] }
    >()
    for (let loop = 0; loop < loops; loop++) {
      let orderId = ''
      for (const step of LOOP) {
        meter.reset()
        const started = performance.now()
        const reply = await FUNCTIONS[step.fn]!.handle(
          step.event(orderId),
          { kind: 'user', openid: step.openid },
          runtime,
        )
        const ms = performance.now() - started
        if (!reply.ok) throw new Error(`${step.label}: ${reply.error.code} ${reply.error.message}`)
        if (step.label === 'repair.create') orderId = (reply.data as { id: string }).id
        const row = samples.get(step.label) ?? { calls: 0, reads: 0, writes: 0, depth: 0, trace: [], ms: [] }
        if (meter.calls > row.calls || meter.depth > row.depth) row.trace = meter.trace
        row.calls = Math.max(row.calls, meter.calls)
        row.reads = Math.max(row.reads, meter.reads)
        row.writes = Math.max(row.writes, meter.writes)
        row.depth = Math.max(row.depth, meter.depth)
        row.ms.push(ms)
        samples.set(step.label, row)
      }
      // Spread the loops over the day, as real traffic is, so no per-hour limit is what gets measured.
      runtime.clock.advanceMinutes(15)
    }
    return [...samples].map(([label, row]) => {
      return { label, ...row, criticalPath: row.depth }
    })
  } finally {
    await runtime.store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
