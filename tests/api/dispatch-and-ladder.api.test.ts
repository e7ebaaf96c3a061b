import type { InboxMessage } from '@core/notify/inbox-message'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on a Friday in Shanghai: inside service hours.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

async function inboxOf(openid: string): Promise<Pick<InboxMessage, 'kind' | 'title'>[]> {
  const messages = await host.runtime.store
    .collection('inbox')
    .find({ where: { toOpenid: openid }, orderBy: { field: 'createdAt', direction: 'asc' }, limit: 100 })
  return messages.map(({ kind, title }) => ({ kind, title }))
}

async function gridForBuildingOne(owner = 'staff-2') {
  const grid = await host.call('admin-1', 'admin', {
    action: 'saveGrid',
    name: '一号楼网格',
    buildings: ['1'],
    ownerOpenid: owner,
  })
  if (!grid.ok) throw new Error(grid.error.message)
  return grid.data
}

async function submit(category = 'plumbing', priority = 'normal'): Promise<any> {
  const created = await host.call('resident-1', 'repair', {
    action: 'create',
    category,
    priority,
    description: '卫生间漏水',
  })
  if (!created.ok) throw new Error(created.error.message)
  return created.data
}

describe('grid dispatch and first-responder ownership', () => {
  it('an auto-dispatched order reaches the grid owner, and a transfer keeps the first responder', async () => {
    const grid = await gridForBuildingOne()
    expect(
      await host.call('admin-1', 'admin', { action: 'setDispatch', category: 'plumbing', mode: 'grid' }),
    ).toMatchObject({ ok: true })

    const order = await submit()
    expect(order).toMatchObject({ assigneeOpenid: 'staff-2', gridId: grid.id, inPool: false, status: 'submitted' })
    expect(await inboxOf('staff-2')).toEqual([{ kind: 'repair_assigned', title: '您有新的维修工单' }])
    const pool = await host.call('staff-1', 'repair', { action: 'list', scope: 'pool' })
    expect(pool.ok && pool.data.items).toEqual([])

    await host.call('staff-2', 'repair', { action: 'accept', id: order.id })
    const moved = await host.call('staff-2', 'repair', {
      action: 'transfer',
      id: order.id,
      toOpenid: 'staff-1',
      reason: '需要电焊',
    })
    expect(moved).toMatchObject({
      ok: true,
      data: { assigneeOpenid: 'staff-1', firstResponderOpenid: 'staff-2', firstResponderName: '张师傅' },
    })
    expect(await inboxOf('staff-1')).toEqual([{ kind: 'repair_assigned', title: '您有新的维修工单' }])
    // The first responder can still follow the job they answered for.
    expect(await host.call('staff-2', 'repair', { action: 'get', id: order.id })).toMatchObject({ ok: true })
    const seen = await host.call('resident-1', 'repair', { action: 'get', id: order.id })
    expect(seen.ok && seen.data.timeline.at(-1)).toMatchObject({
      type: 'transferred',
      note: '张师傅 → 李师傅：需要电焊',
    })
  })

  it('categories without a mode go to the pool, and a grid owner who is not a worker is refused', async () => {
    await gridForBuildingOne()
    expect(await submit('electrical')).toMatchObject({ inPool: true, assigneeOpenid: null })
    const bad = await host.call('admin-1', 'admin', {
      action: 'saveGrid',
      name: '二号楼',
      buildings: ['2'],
      ownerOpenid: 'resident-2',
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { ownerOpenid: expect.any(Array) } },
    })
    const grids = await host.call('admin-1', 'admin', { action: 'listGrids' })
    expect(grids.ok && grids.data.items.map((g: { name: string }) => g.name)).toEqual(['一号楼网格'])
  })

  it('jobs left for the office wait in the dispatch list until a manager assigns them', async () => {
    await host.call('admin-1', 'admin', { action: 'setDispatch', category: 'elevator', mode: 'manager' })
    const order = await submit('elevator', 'urgent')
    expect(await host.call('staff-1', 'repair', { action: 'accept', id: order.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const waiting = await host.call('admin-1', 'repair', { action: 'list', scope: 'dispatch' })
    expect(waiting.ok && waiting.data.items.map((o: { id: string }) => o.id)).toEqual([order.id])
    await host.call('admin-1', 'repair', { action: 'assign', id: order.id, staffOpenid: 'staff-1' })
    expect(await host.call('staff-1', 'repair', { action: 'accept', id: order.id })).toMatchObject({
      ok: true,
      data: { status: 'accepted' },
    })
  })
})

describe('the escalation ladder through the sweep', () => {
  it('warns, then tells the grid owner of the breach, then the manager, each once', async () => {
    await gridForBuildingOne('staff-2')
    await submit()
    const sweepAfter = async (minutes: number) => {
      await host.advanceMinutes(minutes)
      await host.fireTimer('slaSweep')
      await host.fireTimer('slaSweep')
    }
    await sweepAfter(25)
    expect(await inboxOf('staff-2')).toEqual([{ kind: 'repair_warning', title: '工单即将超时' }])
    await sweepAfter(6)
    expect((await inboxOf('staff-2')).map((m) => m.kind)).toEqual(['repair_warning', 'repair_overdue'])
    expect(await inboxOf('admin-1')).toEqual([])
    await sweepAfter(30)
    expect(await inboxOf('admin-1')).toEqual([{ kind: 'repair_digest', title: '1 个工单超时已升级' }])
    await sweepAfter(1)
    expect(await inboxOf('admin-1')).toHaveLength(1)
  })

  it('a hold pauses the clock and resumes by itself on the sweep', async () => {
    const order = await submit('plumbing', 'urgent')
    await host.call('staff-1', 'repair', { action: 'accept', id: order.id })
    await host.call('staff-1', 'repair', { action: 'start', id: order.id })
    const until = new Date(Date.parse('2026-11-27T02:00:00Z') + 3 * 3600_000).toISOString()
    const held = await host.call('staff-1', 'repair', { action: 'hold', id: order.id, reason: 'parts', until })
    expect(held).toMatchObject({ ok: true, data: { status: 'on_hold', nextCheckAt: until } })
    await host.advanceMinutes(5 * 60)
    // The 4-hour promise would have broken by now had the clock been running.
    const report = await host.fireTimer('slaSweep')
    expect(report).toMatchObject({ ok: true, data: { resumed: 1, flagged: 0 } })
    const resumed = await host.call('resident-1', 'repair', { action: 'get', id: order.id })
    expect(resumed).toMatchObject({ ok: true, data: { status: 'in_progress', overdue: { resolution: null } } })
  })

  it('a bad policy edit is refused with the fields named, and nothing changes', async () => {
    const before = await host.call('admin-1', 'admin', { action: 'getSettings' })
    const bad = await host.call('admin-1', 'admin', {
      action: 'updateSlaPolicy',
      policy: {
        ...(before.ok && before.data.sla),
        warnShare: 2,
        serviceHours: { opensAt: '20:00', closesAt: '08:00', weekdays: [], holidays: [], makeUpDays: [] },
      },
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(!bad.ok && Object.keys(bad.error.fieldErrors!).sort()).toEqual([
      'policy.serviceHours.closesAt',
      'policy.serviceHours.weekdays',
      'policy.warnShare',
    ])
    expect(await host.call('admin-1', 'admin', { action: 'getSettings' })).toEqual(before)
    expect(await host.call('staff-1', 'admin', { action: 'getSettings' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('a manager shortens the response promise for new orders only', async () => {
    const old = await submit()
    const settings = await host.call('admin-1', 'admin', { action: 'getSettings' })
    const policy = settings.ok && settings.data.sla
    policy.defaults.normal.response = 20
    expect(await host.call('admin-1', 'admin', { action: 'updateSlaPolicy', policy })).toMatchObject({ ok: true })
    const fresh = await submit()
    expect(Date.parse(fresh.deadlines.response) - Date.parse(fresh.createdAt)).toBe(20 * 60_000)
    const reread = await host.call('admin-1', 'repair', { action: 'get', id: old.id })
    expect(reread.ok && reread.data.sla.windows.response).toBe(30)
  })
})

describe('handing a job over', () => {
  it('the holder sees the other workers to hand it to; a resident sees nothing', async () => {
    const order = await submit()
    await host.call('staff-1', 'repair', { action: 'accept', id: order.id })
    const targets = await host.call('staff-1', 'repair', { action: 'transferTargets', id: order.id })
    expect(targets.ok && targets.data.items.map((w: { openid: string }) => w.openid)).toEqual(['staff-2'])
    expect(await host.call('staff-2', 'repair', { action: 'transferTargets', id: order.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await host.call('resident-1', 'repair', { action: 'transferTargets', id: order.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
