import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COLLECTIONS } from '@server/store/collections'
import {
  applyDatabasePlan,
  consoleSteps,
  databasePlan,
  DENY_ALL,
  MAX_INDEXES_PER_COLLECTION,
  readRules,
  seedConsoleStep,
  seeds,
  type DatabaseAdmin,
  type IndexPlan,
  type SecurityRule,
} from '../../../scripts/deploy/database-plan'

const ROOT = join(__dirname, '../../..')

describe('security rules (deploy/security-rules.json)', () => {
  const raw = JSON.parse(readFileSync(join(ROOT, 'deploy/security-rules.json'), 'utf8')) as Record<string, SecurityRule>

  it('cover every collection the storage port declares', () => {
    expect(Object.keys(raw).sort()).toEqual(Object.keys(COLLECTIONS).sort())
  })

  it('deny every direct client read and write: the mini-program goes through functions only', () => {
    for (const rule of Object.values(raw)) expect(rule).toEqual({ read: false, write: false })
  })

  it('let a signed-in user upload only as themselves to storage, and no client read it (photos go out as temp URLs)', () => {
    expect(readRules(ROOT).storage).toEqual({ read: false, write: 'resource.openid == auth.openid' })
  })
})

describe('the database plan', () => {
  const plan = databasePlan()

  it('has every declared collection and index, within the stricter published index limit', () => {
    expect(plan.map((c) => c.name)).toEqual(Object.keys(COLLECTIONS))
    for (const { name, indexes } of plan) {
      expect(indexes.map((index) => index.fields)).toEqual(COLLECTIONS[name as keyof typeof COLLECTIONS].indexes)
      expect(indexes.length).toBeLessThanOrEqual(MAX_INDEXES_PER_COLLECTION)
    }
  })

  it('names indexes Mongo-style, dots made underscores', () => {
    const workOrders = plan.find((c) => c.name === 'workOrders')!
    expect(workOrders.indexes.map((index) => index.name)).toContain('inPool_1_deadlines_response_1')
  })

  it('reads as console steps naming every index and rule', () => {
    const steps = consoleSteps(plan, Object.fromEntries(plan.map((c) => [c.name, DENY_ALL])), DENY_ALL).join('\n')
    for (const { name, indexes } of plan) {
      expect(steps).toContain(`新建集合 "${name}"`)
      for (const index of indexes) expect(steps).toContain(`名称 ${index.name},`)
    }
  })
})

/** An environment held in memory: what the setup would leave in a real one. */
class FakeAdmin implements DatabaseAdmin {
  readonly collections = new Map<string, string[]>()
  readonly rules = new Map<string, SecurityRule>()
  storage: SecurityRule | null = null
  calls = 0
  async collectionExists(name: string) {
    return this.collections.has(name)
  }
  async createCollection(name: string) {
    this.calls += 1
    this.collections.set(name, ['_id_'])
  }
  async indexNames(name: string) {
    return this.collections.get(name)!
  }
  async createIndexes(name: string, indexes: readonly IndexPlan[]) {
    this.calls += 1
    this.collections.get(name)!.push(...indexes.map((index) => index.name))
  }
  async setCollectionRule(name: string, rule: SecurityRule) {
    this.rules.set(name, rule)
  }
  async setStorageRule(rule: SecurityRule) {
    this.storage = rule
  }
}

describe('applying the plan', () => {
  const plan = databasePlan().slice(0, 3)
  const rules = Object.fromEntries(plan.map((c) => [c.name, DENY_ALL]))
  const storage = { read: 'auth != null', write: 'resource.openid == auth.openid' }

  it('creates what is missing and is a no-op the second time', async () => {
    const admin = new FakeAdmin()
    await applyDatabasePlan(admin, plan, rules, storage, () => undefined)
    for (const { name, indexes } of plan) {
      expect(admin.collections.get(name)).toEqual(['_id_', ...indexes.map((index) => index.name)])
      expect(admin.rules.get(name)).toEqual(DENY_ALL)
    }
    expect(admin.storage).toEqual(storage)
    const firstRun = admin.calls
    await applyDatabasePlan(admin, plan, rules, storage, () => undefined)
    expect(admin.calls).toBe(firstRun)
  })

  it('leaves an index made in the console alone, and says so', async () => {
    const admin = new FakeAdmin()
    const { name } = plan[0]!
    admin.collections.set(name, ['_id_', 'handMade_1'])
    const log: string[] = []
    await applyDatabasePlan(admin, plan, rules, storage, (line) => log.push(line))
    expect(admin.collections.get(name)).toContain('handMade_1')
    expect(log[0]).toContain('not declared, left alone: handMade_1')
  })

  it('refuses a collection without a rule rather than leave it open', async () => {
    await expect(applyDatabasePlan(new FakeAdmin(), plan, {}, storage, () => undefined)).rejects.toThrow(
      /no security rule/,
    )
  })
})

describe('first documents', () => {
  it('writes the service hours into the estate settings and makes the first manager', () => {
    const [settings, manager] = seeds({
      serviceHours: { opensAt: '08:30', closesAt: '18:00' },
      firstManager: { openid: 'oAbC', name: '张经理' },
    })
    expect(settings).toMatchObject({
      collection: 'settings',
      doc: { id: 'estate', sla: { serviceHours: { opensAt: '08:30', closesAt: '18:00' } } },
    })
    expect(manager).toEqual({
      collection: 'users',
      doc: { id: 'oAbC', version: 1, role: 'manager', name: '张经理', unitId: null, phone: null },
    })
    expect(seedConsoleStep(manager!)).toContain('{"_id":"oAbC","version":1,"role":"manager"')
  })

  it('writes nothing unless asked', () => {
    expect(seeds({})).toEqual([])
  })
})
