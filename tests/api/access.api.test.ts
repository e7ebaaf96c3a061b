import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
let id: string
beforeEach(async () => {
  host = await startTestHost()
  const created = await host.call('resident-1', 'repair', {
    action: 'create',
    category: 'doors_windows',
    description: '窗户关不上',
  })
  if (!created.ok) throw new Error(created.error.message)
  id = created.data.id
})
afterEach(() => host.stop())

const stored = () => host.call('admin-1', 'repair', { action: 'get', id })

describe('who may see and change an order', () => {
  it('another household can neither read nor change it, and nothing changes', async () => {
    const before = await stored()
    expect(await host.call('resident-2', 'repair', { action: 'get', id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await host.call('resident-2', 'repair', { action: 'cancel', id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const theirs = await host.call('resident-2', 'repair', { action: 'list', scope: 'mine' })
    expect(theirs).toEqual({ ok: true, data: { items: [], nextCursor: null } })
    expect(await stored()).toEqual(before)
  })

  it('residents cannot accept and staff cannot confirm', async () => {
    expect(await host.call('resident-1', 'repair', { action: 'accept', id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    await host.call('staff-1', 'repair', { action: 'accept', id })
    await host.call('staff-1', 'repair', { action: 'start', id })
    await host.call('staff-1', 'repair', { action: 'complete', id })
    const before = await stored()
    expect(await host.call('staff-1', 'repair', { action: 'confirm', id, rating: 5 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await stored()).toEqual(before)
  })

  it('only the assignee starts the job; a guard or a stranger sees nothing', async () => {
    await host.call('staff-1', 'repair', { action: 'accept', id })
    expect(await host.call('staff-2', 'repair', { action: 'start', id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await host.call('guard-1', 'repair', { action: 'get', id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await host.call('stranger', 'repair', { action: 'list', scope: 'mine' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('a resident cannot list the pool or all orders', async () => {
    for (const scope of ['pool', 'assigned', 'all']) {
      expect(await host.call('resident-1', 'repair', { action: 'list', scope })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
  })

  it('a resident may cancel before acceptance but not after', async () => {
    const other = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'other',
      description: '楼道灯不亮',
    })
    const cancelled = await host.call('resident-1', 'repair', {
      action: 'cancel',
      id: other.ok && other.data.id,
      reason: '自己修好了',
    })
    expect(cancelled).toMatchObject({ ok: true, data: { status: 'cancelled' } })
    await host.call('staff-1', 'repair', { action: 'accept', id })
    expect(await host.call('resident-1', 'repair', { action: 'cancel', id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
    expect(await host.call('admin-1', 'repair', { action: 'cancel', id, reason: '重复报修' })).toMatchObject({
      ok: true,
      data: { status: 'cancelled' },
    })
  })

  it('a manager dispatches a job to a worker, who sees it as theirs and accepts it; others cannot grab it', async () => {
    const assigned = await host.call('admin-1', 'repair', { action: 'assign', id, staffOpenid: 'staff-2' })
    expect(assigned).toMatchObject({
      ok: true,
      data: { status: 'submitted', assigneeOpenid: 'staff-2', inPool: false },
    })
    const mine = await host.call('staff-2', 'repair', { action: 'list', scope: 'assigned' })
    expect(mine.ok && mine.data.items.map((o: { id: string }) => o.id)).toEqual([id])
    const pool = await host.call('staff-1', 'repair', { action: 'list', scope: 'pool' })
    expect(pool.ok && pool.data.items).toEqual([])
    expect(await host.call('staff-1', 'repair', { action: 'accept', id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await host.call('staff-2', 'repair', { action: 'accept', id })).toMatchObject({
      ok: true,
      data: { status: 'accepted', firstResponderOpenid: 'staff-2' },
    })
    expect(await host.call('admin-1', 'repair', { action: 'assign', id, staffOpenid: 'resident-2' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { staffOpenid: expect.any(Array) } },
    })
  })
})

describe('twenty workers grab one job at once', () => {
  it('exactly one wins and nineteen get CONFLICT', async () => {
    await host.call('admin-1', 'admin', { action: 'listStaff' })
    const workers = Array.from({ length: 20 }, (_, i) => `worker-${i}`)
    await host.runtime.store.collection('users').insertMany(
      workers.map((openid) => ({
        id: openid,
        version: 0,
        role: 'maintenance',
        name: openid,
        unitId: null,
        phone: null,
      })),
    )
    await Promise.all(workers.map((w) => host.login(w)))
    const results = await Promise.all(workers.map((w) => host.call(w, 'repair', { action: 'accept', id })))
    const winners = results.filter((r) => r.ok)
    expect(winners).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(19).fill('CONFLICT'))
    const order = await stored()
    expect(order.ok && order.data.assigneeOpenid).toBe(winners[0]!.ok && winners[0]!.data.assigneeOpenid)
    expect(order.ok && order.data.timeline.filter((e: { type: string }) => e.type === 'accepted')).toHaveLength(1)
  })
})
