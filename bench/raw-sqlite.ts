import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
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

/** The bare server: listening, its URL, and how to stop it. */
export interface BareServer {
  url: string
  stop(): Promise<void>
}

/**
 * The floor under the local host's HTTP path: plain Node http and better-sqlite3 with the adapter's
 * WAL settings, doing the least a create must (read the body, check the bearer token, parse the
 * JSON, insert the document, answer an envelope). The host's share of this server's throughput in
 * the same run is what its own work (sessions, identity, validation, the use case) costs.
 */
export async function startBareServer(file: string, token: string): Promise<BareServer> {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE docs (id TEXT PRIMARY KEY, doc TEXT)')
  const insert = db.prepare('INSERT INTO docs (id, doc) VALUES (?, ?)')
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      if (req.headers.authorization !== `Bearer ${token}`) {
        res.writeHead(401).end()
        return
      }
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
      const doc = { ...event, id: randomUUID(), version: 1, status: 'submitted', createdAt: new Date().toISOString() }
      insert.run(doc.id, JSON.stringify(doc))
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify({ ok: true, data: doc }))
    })
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      const closed = new Promise((done) => server.close(done))
      server.closeAllConnections()
      await closed
      db.close()
    },
  }
}
