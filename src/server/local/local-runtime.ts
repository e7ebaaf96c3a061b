import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OffsetClock, type SettableClock } from '@core/shared/clock'
import { LocalContentSecurity } from '../content/local-content-security'
import { LocalFiles } from '../files/local-files'
import { SimulatedPhoneNumbers } from '../phone/simulated-phone-number'
import { LocalPush } from '../notify/local-push'
import { loadTemplates } from '../notify/notifier'
import localTemplates from '../notify/templates/local.json'
import { SimulatedPay } from '../pay/simulated-pay'
import { jsonLogger, type Logger, type Runtime } from '../ports/runtime.port'
import { withInstanceCache } from '../store/instance-cache'
import { parsedStore } from '../store/parsed-store'
import { openSqliteStore, type SqliteDocumentStore } from '../store/sqlite.store'

export interface LocalRuntime extends Runtime {
  /** The adapter under `store`: the data-folder checks before serving, each request's unit of work. */
  documents: SqliteDocumentStore
  clock: SettableClock
  files: LocalFiles
  push: LocalPush
  pay: SimulatedPay
  contentSecurity: LocalContentSecurity
}

/**
 * The embedded runtime: SQLite and photos under `dataDir`, a clock the dev endpoints can move (the
 * simulation passes one that moves only when told). Cached policies expire on that clock too, so a
 * run's results never depend on how fast the machine is.
 */
export function createLocalRuntime(
  dataDir: string,
  log: Logger = jsonLogger,
  clock: SettableClock = new OffsetClock(),
): LocalRuntime {
  mkdirSync(dataDir, { recursive: true })
  const documents = openSqliteStore(join(dataDir, 'linli.db'))
  const store = withInstanceCache(parsedStore(documents), undefined, () => clock.now().getTime())
  const newId = () => randomUUID().replace(/-/g, '')
  const filesDir = join(dataDir, 'files')
  const readImage = (fileId: string) => {
    const path = join(filesDir, fileId)
    return /^[A-Za-z0-9_-]+$/.test(fileId) && existsSync(path) ? readFileSync(path) : null
  }
  return {
    documents,
    store,
    clock,
    files: new LocalFiles(store, filesDir, newId),
    push: new LocalPush(store, () => clock.now(), newId),
    templates: loadTemplates(localTemplates),
    pay: new SimulatedPay(join(dataDir, 'pay-gateway.json'), clock),
    contentSecurity: new LocalContentSecurity(readImage, newId),
    phoneNumbers: new SimulatedPhoneNumbers(),
    newId,
    log,
  }
}
