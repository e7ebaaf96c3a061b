import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { buildHostBundle, HOST_BUNDLE } from '../support/host-bundle'
import { recordFigure } from './support/figures'

// kill -9 during create + pay load against the real host process, restarted on the same data
// folder: it starts, every acknowledged write is there, SQLite's integrity check passes.
const ROUNDS = 5
const LOAD_MS = 1200

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => done(port))
    })
  })

interface Host {
  process: ChildProcess
  url: string
  /** Settles when the process has gone (made at spawn, so an early exit is not missed). */
  exited: Promise<unknown>
}

async function startHost(dataDir: string, port: number): Promise<Host> {
  const child = spawn(process.execPath, [HOST_BUNDLE], {
    env: { ...process.env, LINLI_DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development' },
    stdio: 'ignore',
  })
  const exited = new Promise((done) => child.once('exit', done))
  const url = `http://127.0.0.1:${port}`
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`host exited with ${child.exitCode} on start`)
    const up = await fetch(`${url}/api/dev/clock`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) return { process: child, url, exited }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill('SIGKILL')
  throw new Error('host did not start within 30 s')
}

function client(url: string) {
  const tokens = new Map<string, string>()
  const token = async (openid: string) => {
    if (!tokens.has(openid)) {
      const res = await fetch(`${url}/api/dev/login`, { method: 'POST', body: JSON.stringify({ openid }) })
      tokens.set(openid, ((await res.json()) as { token: string }).token)
    }
    return tokens.get(openid)!
  }
  return {
    async call(openid: string, fn: string, event: Record<string, unknown>): Promise<any> {
      const res = await fetch(`${url}/api/fn/${fn}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${await token(openid)}` },
        body: JSON.stringify(event),
      })
      return res.json()
    },
    async pay(orderId: string): Promise<boolean> {
      const res = await fetch(`${url}/api/dev/pay/${orderId}`, { method: 'POST', body: '{}' })
      return res.ok && ((await res.json()) as { ok?: boolean }).ok === true
    },
  }
}

describe('SIGKILL durability', () => {
  let dataDir: string
  // The entry `npm run host` runs, bundled once: each round restarts it on plain Node.
  beforeAll(buildHostBundle)
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it(`${ROUNDS} rounds of kill -9 under load lose no acknowledged write`, async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'linli-kill-'))
    const port = await freePort()
    const ackedOrders: string[] = []
    const ackedBills: { unitOf: string; billId: string }[] = []
    let lost = 0
    let host = await startHost(dataDir, port)
    let api = client(host.url)
    await api.call('admin-1', 'admin', { action: 'updateLimits', repairCreatesPerHour: 0, repairCreatesPerDay: 0 })
    await api.call('admin-1', 'billing', { action: 'saveItem', name: '物业费', kind: 'monthly', rateFen: 10_000 })

    for (let round = 0; round < ROUNDS; round++) {
      await api.call('admin-1', 'billing', { action: 'run', period: `2025-0${round + 1}` })
      const stopAt = Date.now() + LOAD_MS
      const creates = async (openid: string) => {
        while (Date.now() < stopAt) {
          const made = await api
            .call(openid, 'repair', { action: 'create', category: 'plumbing', description: `第 ${round} 轮` })
            .catch(() => null)
          if (made?.ok) ackedOrders.push(made.data.id)
        }
      }
      const payments = async (openid: string) => {
        while (Date.now() < stopAt) {
          const bills = await api.call(openid, 'billing', { action: 'list', status: 'unpaid' }).catch(() => null)
          const bill = bills?.ok ? bills.data.items.find((b: { paying: boolean }) => !b.paying) : undefined
          if (!bill) return
          const checkout = await api.call(openid, 'billing', { action: 'pay', billIds: [bill.id] }).catch(() => null)
          if (checkout?.ok && (await api.pay(checkout.data.order.id).catch(() => false))) {
            ackedBills.push({ unitOf: openid, billId: bill.id })
          }
        }
      }
      const load = Promise.all([
        creates('resident-1'),
        creates('resident-2'),
        payments('resident-1'),
        payments('resident-2'),
      ])
      await new Promise((r) => setTimeout(r, (LOAD_MS * 2) / 3))
      host.process.kill('SIGKILL')
      await Promise.all([load, host.exited])
      host = await startHost(dataDir, port)
      api = client(host.url)
      for (const id of ackedOrders) if (!(await api.call('admin-1', 'repair', { action: 'get', id })).ok) lost++
      for (const { unitOf, billId } of ackedBills) {
        const paid = await api.call(unitOf, 'billing', { action: 'list', status: 'paid' })
        if (!paid.ok || !paid.data.items.some((b: { id: string }) => b.id === billId)) lost++
      }
    }
    host.process.kill('SIGKILL')
    await host.exited
    const db = new Database(join(dataDir, 'linli.db'))
    const integrity = db.pragma('integrity_check', { simple: true })
    db.close()
    recordFigure('sigkillRounds', ROUNDS)
    recordFigure('acknowledgedWrites', ackedOrders.length + ackedBills.length)
    recordFigure('lostWrites', lost)
    expect(integrity).toBe('ok')
    expect(ackedOrders.length).toBeGreaterThan(ROUNDS)
    expect(lost).toBe(0)
  }, 180_000)
})
