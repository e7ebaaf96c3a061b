import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { FUNCTIONS } from '@server/functions'
import { COLLECTIONS, isEstateCollection, type CollectionName } from '@server/store/collections'
import { createLocalRuntime, type LocalRuntime } from '@server/local/local-runtime'
import { DEMO_ESTATE_ID, seedIfEmpty } from '@server/local/seed'
import { migrateToEstates } from '@server/store/migrate-to-estates'
import { openSqliteStore } from '@server/store/sqlite.store'
import type { DocumentStore } from '@server/store/store.port'

/**
 * `npm run migrate` on a data folder of the single-estate version. The folder is made by using the
 * product (seed, a repair, a visitor pass, a notice) and then writing every document back in the
 * previous version's form: its own id as the key, no estate field, no estate registry or accounts.
 */

const run = promisify(execFile)
const estateTables = (Object.keys(COLLECTIONS) as CollectionName[]).filter(isEstateCollection)
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'linli-migrate-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const dbFile = () => join(dir, 'linli.db')

async function useTheProduct(runtime: LocalRuntime): Promise<string> {
  await seedIfEmpty(runtime.store)
  const call = async (openid: string, fn: string, event: Record<string, unknown>) => {
    const reply = await FUNCTIONS[fn]!.handle(event, { kind: 'user', openid }, runtime)
    if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error.message}`)
    return reply.data as { id: string }
  }
  const order = await call('resident-1', 'repair', {
    action: 'create',
    category: 'plumbing',
    priority: 'urgent',
    description: '厨房水管爆裂',
  })
  await call('staff-1', 'repair', { action: 'accept', id: order.id })
  const from = runtime.clock.now().toISOString()
  await call('resident-2', 'visitor', {
    action: 'create',
    visitorName: '张三',
    visitorPhone: '13812340001',
    validFrom: from,
    validUntil: new Date(Date.parse(from) + 3_600_000).toISOString(),
    maxEntries: 1,
  })
  await call('admin-1', 'inbox', { action: 'announce', title: '周六消杀', body: '请关好门窗', emergency: true })
  return order.id
}

/** Rewrites the folder into the single-estate version's form, dropping the second demo estate. */
function writeAsPreviousVersion(): void {
  const db = new Database(dbFile())
  const prefix = `${DEMO_ESTATE_ID}:`
  db.transaction(() => {
    for (const table of estateTables) {
      const q = `"${table}"`
      db.prepare(`DELETE FROM ${q} WHERE json_extract(doc, '$.estateId') IS NOT ?`).run(DEMO_ESTATE_ID)
      db.prepare(
        `UPDATE ${q} SET id = substr(id, ?), doc = json_remove(json_set(doc, '$.id', substr(id, ?)), '$.estateId')`,
      ).run(prefix.length + 1, prefix.length + 1)
    }
    db.exec('DELETE FROM "estates"; DELETE FROM "accounts"')
  })()
  db.close()
}

/** Every estate document as a comparable value: table, the id use cases know, the fields but the key's. */
function contents(): string[] {
  const db = new Database(dbFile(), { readonly: true })
  try {
    return estateTables
      .flatMap((table) =>
        (db.prepare(`SELECT doc FROM "${table}"`).pluck().all() as string[]).map((text) => {
          const { id, estateId: _estate, version: _version, ...fields } = JSON.parse(text) as Record<string, unknown>
          return `${table} ${String(id).replace(`${DEMO_ESTATE_ID}:`, '')} ${JSON.stringify(fields)}`
        }),
      )
      .sort()
  } finally {
    db.close()
  }
}

const migrate = () =>
  run('npm', ['run', '--silent', 'migrate'], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, LINLI_DATA_DIR: dir, LINLI_ESTATE_ID: DEMO_ESTATE_ID },
  })

async function previousVersionFolder(): Promise<string> {
  const runtime = createLocalRuntime(dir, { info: () => {}, error: () => {} })
  const orderId = await useTheProduct(runtime)
  await runtime.store.close()
  writeAsPreviousVersion()
  return orderId
}

describe('npm run migrate', () => {
  it('keeps every document of a single-estate folder, in the estate named, and is safe to run twice', async () => {
    const orderId = await previousVersionFolder()
    const before = contents()
    expect(before.length).toBeGreaterThan(40)

    const first = await migrate()
    expect(first.stdout).toContain(`moved ${before.length} documents into estate ${DEMO_ESTATE_ID}`)
    expect(contents()).toEqual(before)
    const second = await migrate()
    expect(second.stdout).toContain('nothing to migrate')
    expect(contents()).toEqual(before)

    // The product works on the migrated folder: the resident sees their order, the guard's estate is one.
    const runtime = createLocalRuntime(dir, { info: () => {}, error: () => {} })
    try {
      expect(await seedIfEmpty(runtime.store)).toBe(false)
      const reply = await FUNCTIONS.repair!.handle(
        { action: 'get', id: orderId },
        { kind: 'user', openid: 'resident-1' },
        runtime,
      )
      expect(reply).toMatchObject({ ok: true, data: { id: orderId, status: 'accepted', description: '厨房水管爆裂' } })
      const estates = await runtime.store.collection('estates').find({ where: {}, limit: 10 })
      expect(estates.map((e) => e.id)).toEqual([DEMO_ESTATE_ID])
    } finally {
      await runtime.store.close()
    }
  })

  it('resumes after being stopped part way, ending with each document exactly once', async () => {
    await previousVersionFolder()
    const before = contents()
    const documents = openSqliteStore(dbFile())
    // A migration that dies after ten documents moved (a crash, a lost connection).
    let removals = 0
    const dying: DocumentStore = {
      close: () => documents.close(),
      collection: (name) => {
        const inner = documents.collection(name)
        return Object.assign(Object.create(inner), {
          remove: async (id: string, version: number) => {
            if (++removals > 10) throw new Error('connection lost')
            return inner.remove(id, version)
          },
        })
      },
    }
    const estate = { id: DEMO_ESTATE_ID, name: '邻里小区', city: '上海', createdAt: '2026-01-01T00:00:00.000Z' }
    await expect(migrateToEstates(dying, estate)).rejects.toThrow('connection lost')
    await documents.close()
    // The copy of the eleventh document exists beside its original now; the rerun must not double it.
    await migrate()
    expect(contents()).toEqual(before)
  })
})

type Filed = { id: string; repeat: { orderId: string } | null; incidentId: string | null }

async function repair(runtime: LocalRuntime, openid: string, event: Record<string, unknown>): Promise<Filed> {
  const reply = await FUNCTIONS.repair!.handle(event, { kind: 'user', openid }, runtime)
  if (!reply.ok) throw new Error(`repair.${String(event.action)}: ${reply.error.message}`)
  return reply.data as Filed
}

/** resident-1 reports a fault again. */
const report = (runtime: LocalRuntime, category: string, extra: Record<string, unknown> = {}) =>
  repair(runtime, 'resident-1', { action: 'create', category, priority: 'normal', description: '又坏了', ...extra })

describe('npm run migrate: the place key', () => {
  it('stamps orders stored before it, so a repeat at a spot and an outage in a building count them', async () => {
    const runtime = createLocalRuntime(dir, { info: () => {}, error: () => {} })
    await seedIfEmpty(runtime.store)
    const spot = { location: '1号楼电梯厅' }
    const lift = await report(runtime, 'elevator', spot)
    for (const step of ['accept', 'start', 'complete']) await repair(runtime, 'staff-1', { action: step, id: lift.id })
    const outage = [await report(runtime, 'electrical'), await report(runtime, 'electrical')]
    await runtime.store.close()
    // As the previous version stored them: no place key.
    const db = new Database(dbFile())
    const stripped = db.prepare(`UPDATE "workOrders" SET doc = json_remove(doc, '$.placeKey')`).run().changes
    db.close()
    expect(stripped).toBe(3)

    const { stdout } = await migrate()
    expect(stdout).toContain('stamped the place key on 3 work orders')
    expect((await migrate()).stdout).toContain('nothing to migrate')

    const after = createLocalRuntime(dir, { info: () => {}, error: () => {} })
    try {
      expect((await report(after, 'elevator', spot)).repeat?.orderId).toBe(lift.id)
      await report(after, 'electrical')
      const incidents = await after.store
        .forEstate(DEMO_ESTATE_ID)
        .collection('incidents')
        .find({ where: {}, limit: 10 })
      expect(incidents).toHaveLength(1)
      expect(incidents[0]!.orderIds).toEqual(expect.arrayContaining(outage.map((o) => o.id)))
    } finally {
      await after.store.close()
    }
  })

  it('marks an old breach late, so the late board shows orders stored before the mark', async () => {
    const runtime = createLocalRuntime(dir, { info: () => {}, error: () => {} })
    await seedIfEmpty(runtime.store)
    const late = await repair(runtime, 'resident-1', {
      action: 'create',
      category: 'plumbing',
      priority: 'urgent',
      description: '水管爆了',
    })
    runtime.clock.advanceMinutes(40)
    await FUNCTIONS.slaSweep!.handle({}, { kind: 'timer' }, runtime)
    await runtime.store.close()
    // As a version before both fields stored it.
    const db = new Database(dbFile())
    db.prepare(`UPDATE "workOrders" SET doc = json_remove(doc, '$.placeKey', '$.lateSince')`).run()
    db.close()
    const board = async (at: LocalRuntime) => {
      const reply = await FUNCTIONS.repair!.handle({ action: 'late' }, { kind: 'user', openid: 'admin-1' }, at)
      return reply.ok ? (reply.data as { items: { id: string }[] }).items.map((o) => o.id) : []
    }
    const before = createLocalRuntime(dir, { info: () => {}, error: () => {} })
    expect(await board(before)).not.toContain(late.id)
    await before.store.close()

    await migrate()
    const after = createLocalRuntime(dir, { info: () => {}, error: () => {} })
    try {
      expect(await board(after)).toContain(late.id)
    } finally {
      await after.store.close()
    }
  })
})
