import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { findSql, openSqliteStore } from '@server/store/sqlite.store'
import type { StoredDoc } from '@server/store/store.port'
import { describeStoreContract } from './store.contract'

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'linli-store-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

describeStoreContract('SQLite file', async () => {
  const { dir, remove } = tempDir()
  const store = openSqliteStore(join(dir, 'linli.db'))
  return {
    store,
    cleanup: async () => {
      await store.close()
      remove()
    },
  }
})

describeStoreContract('SQLite in memory', async () => {
  const store = openSqliteStore(':memory:')
  return { store, cleanup: () => store.close() }
})

describe('SQLite store on disk', () => {
  let dir: string
  let remove: () => void
  beforeEach(() => {
    ;({ dir, remove } = tempDir())
  })
  afterEach(() => remove())

  it('the sweep query "due for a check, soonest first" (one estate\'s) walks the estate-led nextCheckAt index: no scan, no sort', async () => {
    const file = join(dir, 'linli.db')
    await openSqliteStore(file).close()
    const { sql, params } = findSql('workOrders', {
      // As the scoped store sends it: the estate first.
      where: { estateId: 'linli', nextCheckAt: { lte: '2026-11-27T02:00:00.000Z' } },
      orderBy: { field: 'nextCheckAt', direction: 'asc' },
      limit: 100,
    })
    const db = new Database(file, { readonly: true })
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
      (row) => row.detail,
    )
    db.close()
    expect(plan).toEqual([
      expect.stringMatching(
        /^SEARCH workOrders USING INDEX workOrders__estateId__nextCheckAt \(estateId=\? AND nextCheckAt<\?\)$/,
      ),
    ])
  })

  it('a file database runs in WAL mode', async () => {
    const file = join(dir, 'linli.db')
    await openSqliteStore(file).close()
    const db = new Database(file, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('reopening a data folder keeps its documents and indexes', async () => {
    const file = join(dir, 'linli.db')
    const first = openSqliteStore(file)
    await first
      .collection<StoredDoc & { status: string }>('workOrders')
      .insert({ id: 'o1', version: 1, status: 'submitted' })
    await first.close()
    const second = openSqliteStore(file)
    const found = await second.collection('workOrders').find({ where: { status: 'submitted' }, limit: 1 })
    await second.close()
    expect(found).toEqual([{ id: 'o1', version: 1, status: 'submitted' }])
  })

  it("a unit of work's writes reach another connection only when it ends, all together, before it answers", async () => {
    const file = join(dir, 'linli.db')
    const store = openSqliteStore(file)
    const reader = new Database(file, { readonly: true })
    const seen = () => reader.prepare('SELECT id FROM "limitSlots" ORDER BY id').pluck().all()
    const slots = store.collection<StoredDoc & { count: number }>('limitSlots')
    let release!: () => void
    const paused = new Promise<void>((done) => (release = done))
    const first = store.unitOfWork(async () => {
      await slots.insert({ id: 'a', version: 0, count: 1 })
      await paused
      await slots.insert({ id: 'b', version: 0, count: 1 })
      // Its own reads see its writes while others see none of them yet.
      return (await slots.get('a'))?.count
    })
    await new Promise((tick) => setImmediate(tick))
    expect(seen()).toEqual([])
    // A request interleaving at a wait shares the transaction; whichever ends first commits it.
    await store.unitOfWork(async () => void (await slots.insert({ id: 'c', version: 0, count: 1 })))
    expect(seen()).toEqual(['a', 'c'])
    release()
    expect(await first).toBe(1)
    expect(seen()).toEqual(['a', 'b', 'c'])
    reader.close()
    await store.close()
  })
})
