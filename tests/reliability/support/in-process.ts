import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Envelope } from '@core/shared/envelope'
import { LocalFiles } from '@server/files/local-files'
import { FUNCTIONS } from '@server/functions'
import { createLocalRuntime, type LocalRuntime } from '@server/local/local-runtime'
import { DEMO_ESTATE_ID, seedIfEmpty } from '@server/local/seed'
import type { Store } from '@server/store/store.port'
import { LocalPush } from '@server/notify/local-push'
import type { Invoker } from '@server/ports/runtime.port'
import { interleavingStore } from './interleaving.store'

/** Monday 2026-03-02 10:00 in the estate (02:00 UTC): inside default service hours. */
export const T0 = '2026-03-02T02:00:00.000Z'

export interface InProcess {
  runtime: LocalRuntime
  /** The demo estate's store (every seed user but estate B's), over the runtime's store as set up. */
  readonly store: Store
  dataDir: string
  errors: { message: string; details?: Record<string, unknown> }[]
  /** Calls a function's handler directly, as the platform would for a signed-in user. */
  call<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<Envelope<T>>
  invoke<T = any>(fn: string, event: unknown, invoker: Invoker): Promise<Envelope<T>>
  fireTimer(fn: string): Promise<Envelope<any>>
  /** A second, read-only connection to the database file (opened on first use, closed with the rest). */
  reader(): Database.Database
  close(): Promise<void>
}

/**
 * The handlers in-process over a fresh seeded SQLite store, the clock fixed at T0. With
 * `interleaveSeed`, every store call yields 0-3 ms first (see interleaving.store.ts).
 */
export async function inProcess(options: { interleaveSeed?: number } = {}): Promise<InProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-rel-'))
  const errors: InProcess['errors'] = []
  const runtime = createLocalRuntime(dataDir, {
    info: () => {},
    error: (message, details) => errors.push({ message, details }),
  })
  runtime.clock.set(T0)
  await seedIfEmpty(runtime.store)
  if (options.interleaveSeed !== undefined) {
    const store = interleavingStore(runtime.store, options.interleaveSeed)
    runtime.store = store
    runtime.files = new LocalFiles(store, join(dataDir, 'files'), runtime.newId)
    runtime.push = new LocalPush(store, () => runtime.clock.now(), runtime.newId)
  }
  const invoke = (fn: string, event: unknown, invoker: Invoker) => FUNCTIONS[fn]!.handle(event, invoker, runtime)
  let reader: Database.Database | undefined
  return {
    runtime,
    get store() {
      return runtime.store.forEstate(DEMO_ESTATE_ID)
    },
    dataDir,
    errors,
    invoke: invoke as InProcess['invoke'],
    call: ((openid: string, fn: string, event: Record<string, unknown>) =>
      invoke(fn, event, { kind: 'user', openid })) as InProcess['call'],
    fireTimer: (fn) => invoke(fn, {}, { kind: 'timer' }),
    reader: () => (reader ??= new Database(join(dataDir, 'linli.db'), { readonly: true })),
    async close() {
      reader?.close()
      await runtime.store.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
