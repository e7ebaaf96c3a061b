import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { OffsetClock } from '@core/shared/clock'
import { LocalFiles } from '../files/local-files'
import { LocalPush } from '../notify/local-push'
import { loadTemplates } from '../notify/notifier'
import localTemplates from '../notify/templates/local.json'
import { SimulatedPay } from '../pay/simulated-pay'
import { jsonLogger, type Logger, type Runtime } from '../ports/runtime.port'
import { withInstanceCache } from '../store/instance-cache'
import { parsedStore } from '../store/parsed-store'
import { openSqliteStore } from '../store/sqlite.store'
import type { DocumentStore } from '../store/store.port'

export interface LocalRuntime extends Runtime {
  /** The adapter under `store`, for the data-folder checks the host makes before serving. */
  documents: DocumentStore
  clock: OffsetClock
  files: LocalFiles
  push: LocalPush
  pay: SimulatedPay
}

/** The embedded runtime: SQLite and photos under `dataDir`, a clock the dev endpoints can move. */
export function createLocalRuntime(dataDir: string, log: Logger = jsonLogger): LocalRuntime {
  mkdirSync(dataDir, { recursive: true })
  const documents = openSqliteStore(join(dataDir, 'linli.db'))
  const store = withInstanceCache(parsedStore(documents))
  const newId = () => randomUUID().replace(/-/g, '')
  const clock = new OffsetClock()
  return {
    documents,
    store,
    clock,
    files: new LocalFiles(store, join(dataDir, 'files'), newId),
    push: new LocalPush(store, () => clock.now(), newId),
    templates: loadTemplates(localTemplates),
    pay: new SimulatedPay(join(dataDir, 'pay-gateway.json'), clock),
    newId,
    log,
  }
}
