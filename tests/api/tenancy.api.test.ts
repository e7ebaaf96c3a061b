import { DEMO_ESTATE_ID, SECOND_ESTATE_ID } from '@server/local/seed'
import { book, T0 } from './support/visitor-passes'
import { startTestHost, type TestHost } from '../support/test-host'

/**
 * Two estates on one deployment. Estate B's documents are made through B's own people; then estate
 * A's people try every action that takes an id with ids copied from B. Nothing of B may be read or
 * changed: each try fails, and B's documents read the same afterwards.
 */

let host: TestHost
beforeAll(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: T0 })
})
afterAll(() => host.stop())

async function must<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const reply = await host.call<T>(openid, fn, event)
  if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error.code} ${reply.error.message}`)
  return reply.data
}

/** Estate B's documents, as B's manager and resident see them. */
async function estateB() {
  const [order, passes, bills, inbox, units, announcements, residents, invites] = await Promise.all([
    must('admin-2', 'repair', { action: 'list', scope: 'all' }),
    must('resident-3', 'visitor', { action: 'list' }),
    must('resident-3', 'billing', { action: 'list' }),
    must('resident-3', 'inbox', { action: 'list' }),
    must('admin-2', 'admin', { action: 'listUnits', building: '1' }),
    must('resident-3', 'inbox', { action: 'announcements' }),
    must('admin-2', 'admin', { action: 'listResidents' }),
    must('admin-2', 'admin', { action: 'listInvites' }),
  ])
  return { order, passes, bills, inbox, units, announcements, residents, invites }
}

describe('two estates on one deployment', () => {
  let b: { orderId: string; passId: string; token: string; shortCode: string; billId: string; messageId: string }
  let announcementId: string
  let inviteCode: string

  beforeAll(async () => {
    const order = await must('resident-3', 'repair', {
      action: 'create',
      category: 'plumbing',
      priority: 'normal',
      description: '湖畔苑厨房水龙头漏水',
    })
    const pass = await book(host, 'resident-3')
    await must('admin-2', 'billing', { action: 'saveItem', name: '物业费', kind: 'per_m2_monthly', rateFen: 250 })
    await must('admin-2', 'billing', { action: 'run', period: '2026-11' })
    const bills = await must('resident-3', 'billing', { action: 'list' })
    const announcement = await must('admin-2', 'inbox', {
      action: 'announce',
      title: '湖畔苑停水',
      body: '明天上午停水',
      emergency: true,
    })
    const inbox = await must('resident-3', 'inbox', { action: 'list' })
    const invite = await must('admin-2', 'admin', { action: 'createInvite', kind: 'unit', unitId: '1-102' })
    b = {
      orderId: order.id,
      passId: pass.id,
      token: pass.token,
      shortCode: pass.shortCode,
      billId: bills.items[0].id,
      messageId: inbox.items[0].id,
    }
    announcementId = announcement.id
    inviteCode = invite.id
  })

  it("each estate's people see only their own estate's data", async () => {
    const aOrders = await must('admin-1', 'repair', { action: 'list', scope: 'all' })
    expect(aOrders.items.map((o: { id: string }) => o.id)).not.toContain(b.orderId)
    const bOrders = await must('admin-2', 'repair', { action: 'list', scope: 'all' })
    expect(bOrders.items.map((o: { id: string }) => o.id)).toEqual([b.orderId])
    // resident-1 (A) and resident-3 (B) both live in a unit numbered 1-101: two different homes.
    expect((await must('resident-1', 'visitor', { action: 'list' })).items).toEqual([])
    expect((await must('resident-1', 'inbox', { action: 'list' })).items).toEqual([])
    expect((await must('resident-1', 'billing', { action: 'list' })).items).toEqual([])
    const aResidents = await must('admin-1', 'admin', { action: 'listResidents' })
    expect(JSON.stringify(aResidents)).not.toContain('resident-3')
    const aStaff = await must('admin-1', 'admin', { action: 'listStaff', role: 'manager' })
    expect(JSON.stringify(aStaff)).not.toContain('admin-2')
    expect((await must('admin-1', 'visitor', { action: 'entries' })).items).toEqual([])
    // B's own buildings: its one, not A's three.
    const buildings = await must('admin-2', 'admin', { action: 'listBuildings' })
    expect(JSON.stringify(buildings)).not.toContain('"3"')
    expect((await must('admin-1', 'admin', { action: 'listUnits', building: '1' })).items).toHaveLength(12)
  })

  it("no action of estate A's people reads or changes B's documents through ids copied from B", async () => {
    const before = await estateB()
    const tries: [string, string, Record<string, unknown>][] = [
      ['resident-1', 'repair', { action: 'get', id: b.orderId }],
      ['resident-1', 'repair', { action: 'cancel', id: b.orderId }],
      ['resident-1', 'repair', { action: 'confirm', id: b.orderId, rating: 1 }],
      ['resident-1', 'repair', { action: 'reopen', id: b.orderId, reason: '没修好' }],
      ['staff-1', 'repair', { action: 'get', id: b.orderId }],
      ['staff-1', 'repair', { action: 'accept', id: b.orderId }],
      ['staff-1', 'repair', { action: 'start', id: b.orderId }],
      ['staff-1', 'repair', { action: 'complete', id: b.orderId }],
      ['staff-1', 'repair', { action: 'hold', id: b.orderId, reason: '等配件' }],
      ['staff-1', 'repair', { action: 'transferTargets', id: b.orderId }],
      ['admin-1', 'repair', { action: 'get', id: b.orderId }],
      ['admin-1', 'repair', { action: 'assign', id: b.orderId, staffOpenid: 'staff-1' }],
      ['admin-1', 'repair', { action: 'cancel', id: b.orderId, reason: '重复' }],
      ['resident-1', 'visitor', { action: 'get', id: b.passId }],
      ['resident-1', 'visitor', { action: 'revoke', id: b.passId }],
      ['guard-1', 'visitor', { action: 'verify', code: b.token }],
      ['guard-1', 'visitor', { action: 'admit', code: b.token }],
      ['guard-1', 'visitor', { action: 'verify', code: b.shortCode }],
      ['guard-1', 'visitor', { action: 'admit', code: b.shortCode }],
      ['resident-1', 'billing', { action: 'pay', billIds: [b.billId] }],
      ['resident-1', 'billing', { action: 'receipt', id: b.billId }],
      ['admin-1', 'billing', { action: 'remind', billIds: [b.billId] }],
      ['resident-1', 'inbox', { action: 'markRead', ids: [b.messageId] }],
      ['admin-1', 'inbox', { action: 'withdraw', id: announcementId }],
      ['admin-1', 'admin', { action: 'revokeInvite', code: inviteCode }],
      ['admin-1', 'admin', { action: 'verifyResident', openid: 'resident-3' }],
      ['admin-1', 'admin', { action: 'unbind', openid: 'resident-3' }],
      ['admin-1', 'admin', { action: 'setStaff', openid: 'admin-2', role: 'maintenance' }],
      ['admin-1', 'admin', { action: 'approveApplication', id: 'resident-3' }],
    ]
    for (const [openid, fn, event] of tries) {
      const reply = await host.call(openid, fn, event)
      // A refusal, or (markRead) an answer that changed nothing: never B's document.
      if (reply.ok) expect({ fn, event, data: reply.data }).not.toMatchObject({ data: { id: expect.anything() } })
      expect(JSON.stringify(reply)).not.toContain('湖畔苑')
      if (!reply.ok) expect(['NOT_FOUND', 'VALIDATION_FAILED', 'FORBIDDEN', 'CONFLICT']).toContain(reply.error.code)
    }
    // A guard of A verifying B's pass sees a refusal, not B's visitor.
    const verified = await host.call('guard-1', 'visitor', { action: 'verify', code: b.shortCode })
    expect(JSON.stringify(verified)).not.toContain('张三')
    expect(await estateB()).toEqual(before)
  })

  it('the store itself refuses: an id of B read in A is not found, and estate collections need an estate', async () => {
    const inA = host.runtime.store.forEstate(DEMO_ESTATE_ID)
    const inB = host.runtime.store.forEstate(SECOND_ESTATE_ID)
    expect(await inB.collection('workOrders').get(b.orderId)).not.toBeNull()
    expect(await inA.collection('workOrders').get(b.orderId)).toBeNull()
    // The same natural id in both estates names two different homes.
    expect(await inA.collection('units').get('1-101')).toMatchObject({ building: '1', number: '101' })
    expect(await inB.collection('users').get('resident-3')).toMatchObject({ unitId: '1-101' })
    expect(await inA.collection('users').get('resident-3')).toBeNull()
    // Writing B's order through A's store cannot reach it: the write lands nowhere.
    const bOrder = (await inB.collection('workOrders').get(b.orderId))!
    expect(await inA.collection('workOrders').replace({ ...bOrder, description: '篡改' })).toBeNull()
    expect(await inA.collection('workOrders').remove(b.orderId, bOrder.version)).toBe(false)
    expect((await inB.collection('workOrders').get(b.orderId))!.description).toBe('湖畔苑厨房水龙头漏水')
    expect(() => host.runtime.store.collection('workOrders')).toThrow(/belongs to an estate/)
  })

  it("a shared visitor link opens B's pass for anyone holding its token, and nothing else of B", async () => {
    const shared = await host.call('stranger', 'visitor', { action: 'shared', token: b.token })
    expect(shared).toMatchObject({ ok: true })
    expect(JSON.stringify(shared)).not.toContain('13812340001')
  })

  it('an invite code of B binds its redeemer to B, whichever estate they were looking at', async () => {
    await must('newcomer', 'me', { action: 'switchEstate', estateId: DEMO_ESTATE_ID })
    const profile = await must('newcomer', 'me', {
      action: 'redeemInvite',
      code: inviteCode,
      name: '吴先生',
      phone: '13700000009',
      relation: 'owner',
    })
    expect(profile).toMatchObject({ role: 'resident', unitId: '1-102', estateId: SECOND_ESTATE_ID })
    const residents = await must('admin-2', 'admin', { action: 'listResidents' })
    expect(JSON.stringify(residents)).toContain('newcomer')
    expect(JSON.stringify(await must('admin-1', 'admin', { action: 'listResidents' }))).not.toContain('newcomer')
  })

  it('a resident of two estates switches household and acts in each with its own role', async () => {
    // resident-1 (A) applies in B and is approved by B's manager.
    await must('resident-1', 'me', { action: 'switchEstate', estateId: SECOND_ESTATE_ID })
    expect(await must('resident-1', 'me', { action: 'profile' })).toMatchObject({
      role: 'guest',
      estateId: SECOND_ESTATE_ID,
    })
    await must('resident-1', 'me', {
      action: 'apply',
      name: '王女士',
      phone: '13800000001',
      building: '1',
      number: '201',
      relation: 'owner',
    })
    await must('admin-2', 'admin', { action: 'approveApplication', id: 'resident-1' })
    expect(await must('resident-1', 'me', { action: 'profile' })).toMatchObject({
      role: 'resident',
      unitId: '1-201',
      estateId: SECOND_ESTATE_ID,
    })
    const memberships = await must('resident-1', 'me', { action: 'memberships' })
    expect(memberships.items.map((m: { id: string; unitId: string }) => [m.id, m.unitId]).sort()).toEqual(
      [
        [SECOND_ESTATE_ID, '1-201'],
        [DEMO_ESTATE_ID, '1-101'],
      ].sort(),
    )
    // In B, B's order of the household's neighbour is still not theirs; back in A, their A home.
    expect((await host.call('resident-1', 'repair', { action: 'get', id: b.orderId })).ok).toBe(false)
    await must('resident-1', 'me', { action: 'switchEstate', estateId: DEMO_ESTATE_ID })
    expect(await must('resident-1', 'me', { action: 'profile' })).toMatchObject({ role: 'resident', unitId: '1-101' })
  })
})
