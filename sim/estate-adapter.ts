/**
 * The simulation's only door into the server: the deployed functions' public entry
 * (`handle(event, invoker, runtime)`, as the local host and CloudBase call it) over a real SQLite
 * store, with a clock the simulation moves and ids it can replay. Everything else in sim/ speaks
 * to the product through `EstateHost.call`.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ManualClock } from '@core/shared/clock'
import type { Envelope } from '@core/shared/envelope'
import { FUNCTIONS } from '@server/functions'
import { createLocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'
import { LocalPush } from '@server/notify/local-push'
import type { SubscribeMessage } from '@server/ports/push.port'
import type { Runtime } from '@server/ports/runtime.port'
import type { EstateHost, PhoneBuzz } from './estate-host'

const scratchRoot = () => (existsSync('/dev/shm') ? '/dev/shm' : tmpdir())
const DB_FILE = 'linli.db'
const quiet = {
  info: () => {},
  error: (message: string, details?: Record<string, unknown>) => console.error(message, details),
}

/** A fresh data folder, or a copy of a prepared one (its database file only). */
function dataDir(template?: string): string {
  const dir = mkdtempSync(join(scratchRoot(), 'linli-sim-'))
  if (template) copyFileSync(join(template, DB_FILE), join(dir, DB_FILE))
  return dir
}

/**
 * Opens an estate on a real SQLite store. `template` is a folder an earlier host wrote and
 * closed (the prepared estate), copied so each run starts from the same state.
 */
export async function openEstateHost(start: Date, template?: string): Promise<EstateHost & { dir: string }> {
  const dir = dataDir(template)
  const clock = new ManualClock(start)
  const local = createLocalRuntime(dir, quiet, clock)
  let sequence = 0
  // Replayable ids: the n-th id of a run is the same in every run; runs and the prepared estate never share one.
  const newId = () => `${template ? 'run' : 'est'}${(++sequence).toString(16).padStart(12, '0')}`
  const listeners: ((buzz: PhoneBuzz) => void)[] = []
  const outbox = new LocalPush(local.store, () => clock.now(), newId)
  const runtime: Runtime = {
    ...local,
    clock,
    newId,
    push: {
      async send(message: SubscribeMessage) {
        const result = await outbox.send(message)
        if (result.ok) {
          const orderId = /[?&]id=([^&]+)/.exec(message.page)?.[1] ?? null
          for (const listener of listeners) listener({ toOpenid: message.toOpenid, orderId })
        }
        return result
      },
    },
  }
  if (!template) await seedIfEmpty(runtime.store)
  const calls = new Map<string, number>()
  const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1)
  const functionNamed = (fn: string) => {
    const found = FUNCTIONS[fn]
    if (!found) throw new Error(`no function ${fn}`)
    return found
  }
  return {
    dir,
    calls,
    async call<T>(openid: string, fn: string, event: Record<string, unknown>) {
      count(`${fn}.${String(event.action)}`)
      return (await functionNamed(fn).handle(event, { kind: 'user', openid }, runtime)) as Envelope<T>
    },
    async fireTimer(fn) {
      count(`${fn}.timer`)
      return functionNamed(fn).handle({}, { kind: 'timer' }, runtime)
    },
    setClock: (at) => clock.set(at),
    onPush: (listener) => void listeners.push(listener),
    async close() {
      await runtime.store.close()
    },
  }
}

/** Removes a host's data folder (after close). */
export const removeEstate = (dir: string) => rmSync(dir, { recursive: true, force: true })
