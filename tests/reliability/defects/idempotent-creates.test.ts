import { DEMO_ESTATE_ID } from '@server/local/seed'
import { inProcess, T0, type InProcess } from '../support/in-process'

// Defect 1: a retried request duplicated orders, passes, emergency messages and fee items.
let env: InProcess
beforeEach(async () => (env = await inProcess()))
afterEach(() => env.close())

const rid = (n: number) => `retry-request-${String(n).padStart(4, '0')}`
const count = (name: string) => env.store.collection(name as 'workOrders').count({})

describe('a create retried with the same requestId happens once', () => {
  it('repair.create twice with one requestId makes one order and answers the first result again', async () => {
    const event = { action: 'create', category: 'plumbing', description: '水管漏水', requestId: rid(1) }
    const first = await env.call('resident-1', 'repair', event)
    const again = await env.call('resident-1', 'repair', event)
    expect(first.ok && again.ok).toBe(true)
    expect(again.ok && first.ok && again.data.id).toBe(first.ok && first.data.id)
    expect(await count('workOrders')).toBe(1)
  })

  it('the same requestId with another payload is CONFLICT and writes nothing', async () => {
    await env.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: 'a',
      requestId: rid(2),
    })
    const other = await env.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: 'b',
      requestId: rid(2),
    })
    expect(!other.ok && other.error.code).toBe('CONFLICT')
    expect(await count('workOrders')).toBe(1)
  })

  it('visitor.create twice makes one pass', async () => {
    const event = {
      action: 'create',
      visitorName: '张三',
      visitorPhone: '13812340001',
      validFrom: T0,
      validUntil: new Date(Date.parse(T0) + 3600_000).toISOString(),
      maxEntries: 1,
      requestId: rid(3),
    }
    await env.call('resident-1', 'visitor', event)
    await env.call('resident-1', 'visitor', event)
    expect(await count('visitorPasses')).toBe(1)
  })

  it('an emergency announcement retried messages each resident once', async () => {
    const event = { action: 'announce', title: '停水', body: '今晚停水', emergency: true, requestId: rid(4) }
    await env.call('admin-1', 'inbox', event)
    await env.call('admin-1', 'inbox', event)
    expect(await count('announcements')).toBe(1)
    const inbox = await env.store.collection('inbox').find({ where: { toOpenid: 'resident-1' }, limit: 10 })
    expect(inbox).toHaveLength(1)
  })

  it('invites, applications and reopen take a requestId too', async () => {
    const invite = { action: 'createInvite', kind: 'unit', unitId: '1-102', requestId: rid(5) }
    const a = await env.call('admin-1', 'admin', invite)
    const b = await env.call('admin-1', 'admin', invite)
    expect(a.ok && b.ok && a.data.id === b.data.id).toBe(true)
    const apply = {
      action: 'apply',
      estateId: DEMO_ESTATE_ID,
      name: '周先生',
      phone: '13700000009',
      building: '1',
      number: '102',
      relation: 'owner',
      requestId: rid(6),
    }
    expect((await env.call('guest-9', 'me', apply)).ok).toBe(true)
    expect((await env.call('guest-9', 'me', apply)).ok).toBe(true)
  })
})

describe('a fee item cannot be billed twice', () => {
  const item = { action: 'saveItem', name: '物业费', kind: 'per_m2_monthly', rateFen: 250 }

  it('billing.saveItem retried with one requestId makes one item', async () => {
    await env.call('admin-1', 'billing', { ...item, requestId: rid(7) })
    await env.call('admin-1', 'billing', { ...item, requestId: rid(7) })
    expect(await count('feeItems')).toBe(1)
  })

  it('a second active item with the same name and kind is CONFLICT', async () => {
    expect((await env.call('admin-1', 'billing', item)).ok).toBe(true)
    const twin = await env.call('admin-1', 'billing', item)
    expect(!twin.ok && twin.error.code).toBe('CONFLICT')
    expect(await count('feeItems')).toBe(1)
  })

  it('a name given up (renamed or stopped) is free for another item at once', async () => {
    const first = await env.call('admin-1', 'billing', item)
    if (!first.ok) throw new Error(first.error.message)
    const renamed = await env.call('admin-1', 'billing', { ...item, id: first.data.id, name: '物业服务费' })
    expect(renamed.ok).toBe(true)
    const again = await env.call('admin-1', 'billing', item)
    expect(again.ok).toBe(true)
    if (!again.ok) return
    expect((await env.call('admin-1', 'billing', { ...item, id: again.data.id, active: false })).ok).toBe(true)
    expect((await env.call('admin-1', 'billing', item)).ok).toBe(true)
    // The renamed one still holds its new name.
    const twin = await env.call('admin-1', 'billing', { ...item, name: '物业服务费' })
    expect(!twin.ok && twin.error.code).toBe('CONFLICT')
  })

  it('editing an item that does not exist writes nothing, not even a claim on the name', async () => {
    const missing = await env.call('admin-1', 'billing', { ...item, id: 'no-such-item' })
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND')
    expect(await count('feeItemNames')).toBe(0)
    expect((await env.call('admin-1', 'billing', item)).ok).toBe(true)
  })
})
