import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { OffsetClock } from '@core/shared/clock'
import { LocalFiles } from '../files/local-files'
import { jsonLogger, type Logger, type Runtime } from '../runtime/runtime'
import { openSqliteStore } from '../store/sqlite.store'

export interface LocalRuntime extends Runtime {
  clock: OffsetClock
  files: LocalFiles
}

/** The embedded runtime: SQLite and photos under `dataDir`, a clock the dev endpoints can move. */
export function createLocalRuntime(dataDir: string, log: Logger = jsonLogger): LocalRuntime {
  mkdirSync(dataDir, { recursive: true })
  const store = openSqliteStore(join(dataDir, 'linli.db'))
  const newId = () => randomUUID().replace(/-/g, '')
  return {
    store,
    clock: new OffsetClock(),
    files: new LocalFiles(store, join(dataDir, 'files'), newId),
    newId,
    log,
  }
}
