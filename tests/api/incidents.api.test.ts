import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on a Friday in Shanghai.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
  // Building 1 gets four households (resident-1 is in 1-101); resident-2 lives in building 2.
  await host.store.collection('users').insertMany(
    ['1-102', '1-201', '1-202'].map((unitId, i) => ({
      id: `b1-${unitId}`,
      version: 0,
      role: 'resident' as const,
      name: `住户${i + 1}`,
      unitId,
      phone: `1380000010${i}`,
    })),
  )
})
afterEach(() => host.stop())

async function ok<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const reply = await host.call(openid, fn, event)
  if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error.code} ${reply.error.message}`)
  return reply.data as T
}

const report = (openid: string, category = 'plumbing') =>
  ok(openid, 'repair', { action: 'create', category, priority: 'normal', description: '家里停水了' })

const inboxOf = async (openid: string, kind: string) =>
  (
    await host.store
      .collection('inbox')
      .find({ where: { toOpenid: openid }, orderBy: { field: 'createdAt', direction: 'asc' }, limit: 100 })
  ).filter((m) => m.kind === kind)

const BUILDING_ONE = ['resident-1', 'b1-1-102', 'b1-1-201', 'b1-1-202']

describe('incidents (公共故障)', () => {
  it('three reports in one building within an hour prompt one incident; opening it tells each household once', async () => {
    const a = await report('resident-1')
    await host.advanceMinutes(20)
    const b = await report('b1-1-102')
    // Another category and another building do not count towards it.
    await report('b1-1-201', 'electrical')
    await report('resident-2')
    expect(await host.store.collection('incidents').count({})).toBe(0)
    await host.advanceMinutes(25)
    const c = await report('b1-1-201')

    const [proposed, ...others] = (await ok('admin-1', 'incident', { action: 'list' })).items
    expect(others).toEqual([])
    expect(proposed).toMatchObject({
      status: 'proposed',
      category: 'plumbing',
      building: '1',
      title: '1号楼 水管漏水 公共故障',
    })
    expect([...proposed.orderIds].sort()).toEqual([a.id, b.id, c.id].sort())
    expect(c).toMatchObject({ incidentId: proposed.id })
    expect((await inboxOf('admin-1', 'incident_proposed')).map((m) => m.title)).toEqual(['疑似公共故障，请确认'])
    // Residents hear nothing of a suspicion.
    expect(await inboxOf('b1-1-202', 'incident_opened')).toEqual([])
    expect((await ok('b1-1-202', 'incident', { action: 'list' })).items).toEqual([])

    const opened = await ok('admin-1', 'incident', {
      action: 'open',
      id: proposed.id,
      title: '1号楼停水',
      eta: '2026-11-27T14:00:00+08:00',
    })
    expect(opened).toMatchObject({ status: 'open', eta: '2026-11-27T06:00:00.000Z', residentsNotified: 4 })
    for (const openid of BUILDING_ONE) expect(await inboxOf(openid, 'incident_opened')).toHaveLength(1)
    expect(await inboxOf('resident-2', 'incident_opened')).toEqual([])
    // Correcting the ETA later does not announce it again.
    await ok('admin-1', 'incident', { action: 'open', id: proposed.id, eta: '2026-11-27T15:00:00+08:00' })
    for (const openid of BUILDING_ONE) expect(await inboxOf(openid, 'incident_opened')).toHaveLength(1)

    // The fourth household sees the incident on the repair form and taps 「我也遇到了」 instead of filing.
    const shown = (await ok('b1-1-202', 'incident', { action: 'list' })).items
    expect(shown.map((i: { id: string }) => i.id)).toEqual([proposed.id])
    await ok('b1-1-202', 'incident', { action: 'join', id: proposed.id })
    await ok('b1-1-202', 'incident', { action: 'join', id: proposed.id })
    expect((await ok('admin-1', 'incident', { action: 'get', id: proposed.id })).affected).toHaveLength(1)
    // Building 2 neither sees nor joins it.
    expect(await host.call('resident-2', 'incident', { action: 'get', id: proposed.id })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    // A later report of the same fault joins the incident by itself.
    const d = await report('resident-1')
    expect(d.incidentId).toBe(proposed.id)

    await ok('admin-1', 'incident', { action: 'update', id: proposed.id, text: '抢修队已到场' })
    await ok('staff-1', 'repair', { action: 'accept', id: a.id })
    const resolved = await ok('admin-1', 'incident', {
      action: 'resolve',
      id: proposed.id,
      resolution: '主管道阀门已更换，已恢复供水',
    })
    expect(resolved).toMatchObject({ incident: { status: 'resolved' }, closedOrders: 4 })
    for (const order of [a, b, c, d]) {
      const closed = await ok('admin-1', 'repair', { action: 'get', id: order.id })
      expect(closed).toMatchObject({ status: 'closed' })
      expect(closed.timeline.at(-1)).toMatchObject({ type: 'incident_resolved', note: '主管道阀门已更换，已恢复供水' })
    }
    // One notice per order (resident-1 filed two), one to the household that only joined.
    expect(await inboxOf('resident-1', 'incident_resolved')).toHaveLength(2)
    expect(await inboxOf('b1-1-102', 'incident_resolved')).toHaveLength(1)
    expect(await inboxOf('b1-1-201', 'incident_resolved')).toHaveLength(1)
    expect(await inboxOf('b1-1-202', 'incident_resolved')).toHaveLength(1)

    // Resolving twice is refused and sends nothing more.
    expect(
      await host.call('admin-1', 'incident', { action: 'resolve', id: proposed.id, resolution: '再次' }),
    ).toMatchObject({ error: { code: 'INVALID_TRANSITION' } })
    expect(await inboxOf('resident-1', 'incident_resolved')).toHaveLength(2)
  })

  it('opens by itself when the estate says so, announcing it at once', async () => {
    const rules = await ok('admin-1', 'vendor', { action: 'rules' })
    const { id: _id, version: _version, ...editable } = rules
    await ok('admin-1', 'vendor', {
      action: 'saveRules',
      rules: { ...editable, incident: { threshold: 2, windowMinutes: 30, autoOpen: true } },
    })
    await report('resident-1', 'electrical')
    await host.advanceMinutes(10)
    const second = await report('b1-1-102', 'electrical')
    const incident = await ok('admin-1', 'incident', { action: 'get', id: second.incidentId })
    expect(incident).toMatchObject({ status: 'open', openedBy: 'system', residentsNotified: 4 })
    expect(await inboxOf('admin-1', 'incident_proposed')).toEqual([])
    for (const openid of BUILDING_ONE) expect(await inboxOf(openid, 'incident_opened')).toHaveLength(1)
  })

  it('reports spread over more than the window open nothing', async () => {
    await report('resident-1')
    await host.advanceMinutes(40)
    await report('b1-1-102')
    await host.advanceMinutes(30)
    await report('b1-1-201')
    expect(await host.store.collection('incidents').count({})).toBe(0)
  })

  it('bad input and the wrong caller get stable codes, and nothing is written', async () => {
    for (const openid of ['resident-1', 'b1-1-102', 'b1-1-201']) await report(openid)
    const [incident] = (await ok('admin-1', 'incident', { action: 'list' })).items
    const before = await host.store.collection('incidents').get(incident.id)
    expect(await host.call('admin-1', 'incident', { action: 'open', id: incident.id, eta: '明天' })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(await host.call('resident-1', 'incident', { action: 'open', id: incident.id })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    })
    expect(await host.call('staff-1', 'incident', { action: 'list' })).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(
      await host.call('admin-1', 'incident', { action: 'resolve', id: incident.id, resolution: '' }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    expect(
      await host.call('admin-1', 'incident', { action: 'resolve', id: incident.id, resolution: '已修复' }),
    ).toMatchObject({ error: { code: 'INVALID_TRANSITION' } })
    expect(await host.call('admin-1', 'incident', { action: 'update', id: 'nope', text: '进展' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    // A proposal residents cannot see yet is not theirs to join.
    expect(await host.call('resident-1', 'incident', { action: 'join', id: incident.id })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(await host.store.collection('incidents').get(incident.id)).toEqual(before)
  })
})
