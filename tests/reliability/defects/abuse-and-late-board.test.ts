import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { accept, hold } from '@core/repair/work-order.machine'
import type { WorkOrder } from '@core/repair/work-order'
import type { Result } from '@core/shared/result'
import { inProcess, T0, type InProcess } from '../support/in-process'

// Defect 3: no limit on creates, a late board that read only the 1,000 oldest open orders, and one
// manager message per late order.
let env: InProcess
beforeEach(async () => (env = await inProcess()))
afterEach(() => env.close())

const create = (openid = 'resident-1', priority = 'normal') =>
  env.call(openid, 'repair', { action: 'create', category: 'plumbing', priority, description: '漏水' })

describe('a household files at most 10 repair orders an hour and 30 a day', () => {
  it('the 11th within the hour is RATE_LIMITED with retryAfterSeconds; another household is not held back', async () => {
    for (let i = 0; i < 10; i++) expect((await create()).ok).toBe(true)
    const eleventh = await create()
    expect(!eleventh.ok && eleventh.error.code).toBe('RATE_LIMITED')
    const retryAfter = !eleventh.ok ? (eleventh.error as { retryAfterSeconds?: number }).retryAfterSeconds : 0
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect((await create('resident-2')).ok).toBe(true)
    expect(await env.store.collection('workOrders').count({})).toBe(11)
  })

  it('the 31st within the day is refused although each hour stays under 10', async () => {
    for (let hour = 0; hour < 3; hour++) {
      for (let i = 0; i < 10; i++) expect((await create()).ok).toBe(true)
      env.runtime.clock.advanceMinutes(60)
    }
    const refused = await create()
    expect(!refused.ok && refused.error.code).toBe('RATE_LIMITED')
  })

  it('a manager lifts the limits with admin.updateLimits (0 = none), and the change is audited', async () => {
    const updated = await env.call('admin-1', 'admin', {
      action: 'updateLimits',
      repairCreatesPerHour: 0,
      repairCreatesPerDay: 0,
    })
    expect(updated.ok).toBe(true)
    for (let i = 0; i < 12; i++) expect((await create()).ok).toBe(true)
    const audit = await env.store.collection('auditLog').find({ where: {}, limit: 10 })
    expect(audit.map((a) => (a as unknown as { action: string }).action)).toContain('admin.updateLimits')
    const refused = await env.call('resident-1', 'admin', {
      action: 'updateLimits',
      repairCreatesPerHour: 0,
      repairCreatesPerDay: 0,
    })
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN')
  })
})

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('the late board', () => {
  it('shows a genuinely overdue job however many older jobs are open', async () => {
    const rules = new SlaRules(DEFAULT_SLA_POLICY)
    const resident = { openid: 'resident-2', role: 'resident' as const, unitId: '2-202', name: '陈先生' }
    const staff = { openid: 'staff-1', role: 'maintenance' as const, unitId: null, name: '李师傅' }
    const twoDaysAgo = new Date(Date.parse(T0) - 2 * 86_400_000).toISOString()
    const later = (m: number) => new Date(Date.parse(twoDaysAgo) + m * 60_000).toISOString()
    // Older open jobs, paused waiting for parts: none is late.
    const waiting: WorkOrder[] = Array.from({ length: 1_100 }, (_, i) => {
      const pool = { mode: 'pool' as const, gridId: null, gridOwner: null }
      const made = value(
        createWorkOrder(
          { id: `old-${i}`, category: 'plumbing', priority: 'normal', description: '等配件', photos: [] },
          resident,
          twoDaysAgo,
          rules,
          pool,
        ),
      )
      const taken = value(accept(made, staff, later(1), rules))
      return value(hold(taken, staff, later(2), rules, { reason: 'parts' }))
    })
    await env.store.collection('workOrders').insertMany(waiting)
    const late = await create('resident-1', 'urgent')
    expect(late.ok).toBe(true)
    env.runtime.clock.advanceMinutes(20)
    await env.fireTimer('slaSweep')
    const board = await env.call('admin-1', 'repair', { action: 'late' })
    expect(board.ok && board.data.items.map((o: WorkOrder) => o.id)).toContain(late.ok && late.data.id)
  })

  it('pages through breached orders with a cursor', async () => {
    for (let i = 0; i < 3; i++) await create(`resident-${(i % 2) + 1}`, 'urgent')
    env.runtime.clock.advanceMinutes(20)
    await env.fireTimer('slaSweep')
    const first = await env.call('admin-1', 'repair', { action: 'late', limit: 2 })
    expect(first.ok && first.data.items).toHaveLength(2)
    const second = await env.call('admin-1', 'repair', {
      action: 'late',
      limit: 2,
      cursor: first.ok && first.data.nextCursor,
    })
    expect(second.ok && second.data.items).toHaveLength(1)
  })
})

describe('managers hear of a sweep once', () => {
  it('three escalations in one sweep reach the manager as one digest 「3 个工单超时已升级」', async () => {
    for (let i = 0; i < 3; i++) expect((await create(`resident-${(i % 2) + 1}`, 'urgent')).ok).toBe(true)
    env.runtime.clock.advanceMinutes(40)
    await env.fireTimer('slaSweep')
    const inbox = await env.store.collection('inbox').find({ where: { toOpenid: 'admin-1' }, limit: 100 })
    expect(inbox).toHaveLength(1)
    expect(JSON.stringify(inbox[0])).toContain('3 个工单超时已升级')
  })
  it('the digest’s WeChat message opens the late board, not an order page', async () => {
    await env.call('admin-1', 'inbox', { action: 'consent', results: { 'local-job-overdue': 'accept' } })
    for (let i = 0; i < 2; i++) expect((await create(`resident-${i + 1}`, 'urgent')).ok).toBe(true)
    env.runtime.clock.advanceMinutes(40)
    await env.fireTimer('slaSweep')
    const pushed = await env.store.collection('outbox').find({ where: { toOpenid: 'admin-1' }, limit: 10 })
    expect(pushed.map((p) => p.page)).toEqual(['admin/late/index'])
  })
})
