import type { Collection } from '@server/store/store.port'
import { contextOf } from '@server/action'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WorkOrder } from '@core/repair/work-order'
import type { IsoTime } from '@core/shared/time'
import { loadRules } from '@server/estate/estate-settings'
import { createLocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'
import { SWEEP_BATCH, sweepBreaches } from '@server/repair/sla-sweep'
import type { Runtime } from '@server/ports/runtime.port'
import { makeOrders } from './orders.fixture'
import { rawSqliteBaseline } from './raw-sqlite'
import { fmt, median, medianMs, printTable, timed, timeMs } from './stats'

const CASES = [
  { stored: 10_000, due: 100 },
  { stored: 100_000, due: 100 },
  { stored: 100_000, due: 1_000 },
] as const

const READ_RUNS = 25
const SWEEP_RUNS = 5
// The host clock is set to this and ticks on for the bench's seconds; the fixture keeps the orders not due 10+ min away.
const NOW: IsoTime = '2026-03-02T04:00:00.000Z'
const silent = { info: () => {}, error: () => {} }

/** Puts the due orders back as they were before a sweep fired their warnings (at their current version). */
async function restoreDue(orders: Collection<WorkOrder>, dueOrders: readonly WorkOrder[]): Promise<void> {
  for (const order of dueOrders) {
    const current = await orders.get(order.id)
    await orders.replace({ ...order, version: current!.version })
  }
}

/** A sweep changes what it finds, so each timed run after the first starts from restored orders. */
async function medianSweepMs(runtime: Runtime, docs: readonly WorkOrder[], due: number): Promise<number> {
  const orders = runtime.store.collection('workOrders')
  const dueOrders = docs.filter((order) => order.nextCheckAt !== null && order.nextCheckAt <= NOW)
  const samples: number[] = []
  for (let run = 0; run < SWEEP_RUNS; run++) {
    if (run > 0) await restoreDue(orders, dueOrders)
    const { value: report, ms } = await timed(() => sweepBreaches(contextOf(runtime)))
    if (report.due !== due || report.fired !== due || report.skipped !== 0) {
      throw new Error(
        `sweep over ${docs.length}: expected ${due} due, each firing one step; got ${JSON.stringify(report)}`,
      )
    }
    samples.push(ms)
  }
  return median(samples)
}

async function benchCase(stored: number, due: number): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-'))
  const runtime = createLocalRuntime(dataDir, silent)
  try {
    runtime.clock.set(NOW)
    // Seeded users, so the sweep's notices find their recipients as in the estate.
    await seedIfEmpty(runtime.store)
    const docs = makeOrders(stored, due, NOW, await loadRules(runtime.store), runtime.newId)
    const insertMs = await timeMs(() => runtime.store.collection('workOrders').insertMany(docs))
    // The sweep's first read, alone: what the index costs before any write.
    const dueRead = () =>
      runtime.store.collection('workOrders').find({
        where: { nextCheckAt: { lte: NOW } },
        orderBy: { field: 'nextCheckAt', direction: 'asc' },
        limit: SWEEP_BATCH,
      })
    const dueReadMs = await medianMs(READ_RUNS, dueRead)

    const sweepMs = await medianSweepMs(runtime, docs, due)
    // What the every-minute timer costs when nothing is due: an indexed read that finds nothing.
    const idleSweepMs = await medianMs(READ_RUNS, () => sweepBreaches(contextOf(runtime)))

    const raw = await rawSqliteBaseline(join(dataDir, 'raw.db'), docs, NOW, READ_RUNS)
    const perSecond = (ms: number) => fmt((stored / ms) * 1000)
    return [
      fmt(stored),
      fmt(due),
      perSecond(insertMs),
      perSecond(raw.insertMs),
      fmt(dueReadMs, 2),
      fmt(raw.dueReadMs, 2),
      fmt(sweepMs, 1),
      fmt((sweepMs / due) * 1000),
      fmt(idleSweepMs, 2),
    ]
  } finally {
    await runtime.store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** sweepBreaches on a fresh SQLite file per size, beside raw better-sqlite3 on the same documents. */
export async function benchSweep(): Promise<void> {
  const rows: string[][] = []
  for (const { stored, due } of CASES) rows.push(await benchCase(stored, due))
  printTable(
    `SLA sweep (SQLite file in a temp dir, WAL; reads: median of ${READ_RUNS}, sweeps of ${SWEEP_RUNS}; batch ${SWEEP_BATCH}; raw = plain (id, doc) table + one json_extract index)`,
    [
      'stored',
      'due',
      'insert docs/s',
      'raw insert docs/s',
      'due read ms',
      'raw due read ms',
      'sweep ms',
      'µs per due',
      'idle sweep ms',
    ],
    rows,
  )
}
