import Database from 'better-sqlite3'
import type { WorkOrder } from '@core/repair/work-order'
import type { IsoTime } from '@core/shared/time'
import { SWEEP_BATCH } from '@server/repair/sla-sweep'
import { medianMs, timeMs } from './stats'

export interface RawFigures {
  insertMs: number
  /** Median time of the sweep's first read: due rows, oldest first, one batch, parsed. */
  dueReadMs: number
}

/**
 * The floor under the store adapter: the same JSON documents in a plain table, with only the one
 * expression index the sweep's read needs. The same WAL settings as the adapter, so the gap
 * between the two is the adapter's own work (generated columns, its other indexes, query building).
 */
export async function rawSqliteBaseline(
  file: string,
  docs: readonly WorkOrder[],
  now: IsoTime,
  readRuns: number,
): Promise<RawFigures> {
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.exec('CREATE TABLE docs (id TEXT PRIMARY KEY, doc TEXT)')
    const insert = db.prepare('INSERT INTO docs (id, doc) VALUES (?, ?)')
    const insertAll = db.transaction(() => {
      for (const doc of docs) insert.run(doc.id, JSON.stringify({ ...doc, version: 1 }))
    })
    const insertMs = await timeMs(() => insertAll())
    db.exec(`CREATE INDEX docs_next_check ON docs (json_extract(doc, '$.nextCheckAt'))`)
    const dueRead = db
      .prepare(
        `SELECT doc FROM docs WHERE json_extract(doc, '$.nextCheckAt') <= ?
         ORDER BY json_extract(doc, '$.nextCheckAt') LIMIT ${SWEEP_BATCH}`,
      )
      .pluck()
    const dueReadMs = await medianMs(readRuns, () =>
      (dueRead.all(now) as string[]).map((doc) => JSON.parse(doc) as WorkOrder),
    )
    return { insertMs, dueReadMs }
  } finally {
    db.close()
  }
}
