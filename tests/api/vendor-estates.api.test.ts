import { SECOND_ESTATE_ID } from '@server/local/seed'
import { startTestHost, type TestHost } from '../support/test-host'

/**
 * Vendors, incidents and repeat faults belong to one estate: estate B's people never see or act on
 * estate A's vendors or outages, A's routing never takes B's orders, and a report in B's unit 1-101
 * is not a repeat of a job done in A's unit 1-101 (the same number, a different home).
 */

const DEMO_VENDOR = 'vendor-demo'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on a Friday in Shanghai: inside both estates' service hours.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
  // Building 1 of estate A gets two more households, so three homes can report one outage.
  await host.store.collection('users').insertMany(
    ['1-102', '1-201'].map((unitId, i) => ({
      id: `a-${unitId}`,
      version: 0,
      role: 'resident' as const,
      name: `住户${i + 1}`,
      unitId,
      phone: `1380000020${i}`,
    })),
  )
  // Estate B's own repair worker.
  await host.runtime.store
    .forEstate(SECOND_ESTATE_ID)
    .collection('users')
    .insert({ id: 'staff-b', version: 0, role: 'maintenance', name: '钱师傅', unitId: null, phone: '13900000299' })
})
afterEach(() => host.stop())

async function ok<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const reply = await host.call(openid, fn, event)
  if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error.code} ${reply.error.message}`)
  return reply.data as T
}

const report = (openid: string, category = 'plumbing') =>
  ok(openid, 'repair', { action: 'create', category, priority: 'normal', description: '厨房水管漏水' })

async function finish(worker: string, resident: string, id: string) {
  await ok(worker, 'repair', { action: 'accept', id })
  await ok(worker, 'repair', { action: 'start', id })
  await ok(worker, 'repair', { action: 'complete', id, note: '换了阀门' })
  await ok(resident, 'repair', { action: 'confirm', id, rating: 5 })
}

describe('vendors and incidents stay in their estate', () => {
  it("estate B's manager cannot see, route to, invite for or score estate A's vendor", async () => {
    await ok('admin-1', 'vendor', { action: 'route', category: 'elevator', vendorId: DEMO_VENDOR, mode: 'pool' })
    expect((await ok('admin-1', 'vendor', { action: 'list' })).items.map((v: { id: string }) => v.id)).toEqual([
      DEMO_VENDOR,
    ])

    expect(await ok('admin-2', 'vendor', { action: 'list' })).toEqual({ items: [], routes: [] })
    expect(await host.call('admin-2', 'vendor', { action: 'get', id: DEMO_VENDOR })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(
      await host.call('admin-2', 'vendor', { action: 'route', category: 'elevator', vendorId: DEMO_VENDOR }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    expect(await host.call('admin-2', 'vendor', { action: 'invite', vendorId: DEMO_VENDOR })).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    })
    const bScorecard = await ok('admin-2', 'vendor', { action: 'scorecard', month: '2026-11' })
    expect(JSON.stringify(bScorecard)).not.toContain(DEMO_VENDOR)

    // A's routing does not reach B: B's lift report stays in-house there.
    const bLift = await report('resident-3', 'elevator')
    expect(bLift).toMatchObject({ vendorId: null, vendorName: null, proofRequired: false })
    const aLift = await report('resident-1', 'elevator')
    expect(aLift).toMatchObject({ vendorId: DEMO_VENDOR })
    // A's vendor worker does not find B's order, in the pool or by its id.
    const pool = await ok('vendor-1', 'repair', { action: 'list', scope: 'pool' })
    expect(pool.items.map((o: { id: string }) => o.id)).toEqual([aLift.id])
    expect(await host.call('vendor-1', 'repair', { action: 'accept', id: bLift.id })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
  })

  it("estate A's outage is invisible to estate B's manager and residents, and untouchable by id", async () => {
    for (const openid of ['resident-1', 'a-1-102', 'a-1-201']) await report(openid)
    const [incident] = (await ok('admin-1', 'incident', { action: 'list' })).items
    expect(incident).toMatchObject({ status: 'proposed' })
    await ok('admin-1', 'incident', { action: 'open', id: incident.id })
    const before = await host.store.collection('incidents').get(incident.id)

    expect(await ok('admin-2', 'incident', { action: 'list', scope: 'all' })).toEqual({ items: [] })
    // resident-3 lives in B's building 1: A's building 1 outage is not theirs.
    expect(await ok('resident-3', 'incident', { action: 'list', scope: 'live' })).toEqual({ items: [] })
    for (const [openid, event] of [
      ['admin-2', { action: 'get', id: incident.id }],
      ['admin-2', { action: 'update', id: incident.id, text: '抢修中' }],
      ['admin-2', { action: 'resolve', id: incident.id, resolution: '已修复' }],
      ['resident-3', { action: 'get', id: incident.id }],
      ['resident-3', { action: 'join', id: incident.id }],
    ] as const) {
      expect(await host.call(openid, 'incident', event)).toMatchObject({ error: { code: 'NOT_FOUND' } })
    }
    expect(await host.store.collection('incidents').get(incident.id)).toEqual(before)

    // The same fault reported in B's building 1 within the hour is not joined to A's outage.
    expect(await report('resident-3')).toMatchObject({ incidentId: null })
  })

  it('a report in B is never a repeat of a job in A, though the unit number and category match', async () => {
    const aJob = await report('resident-1')
    await finish('staff-1', 'resident-1', aJob.id)
    await host.advanceMinutes(3 * 24 * 60)

    const bFirst = await report('resident-3')
    expect(bFirst).toMatchObject({ unitId: '1-101', category: 'plumbing', priority: 'normal', repeat: null })

    // The same problem again in B within the window is a repeat, of B's own job.
    await finish('staff-b', 'resident-3', bFirst.id)
    await host.advanceMinutes(24 * 60)
    const bAgain = await report('resident-3')
    expect(bAgain).toMatchObject({ priority: 'urgent', repeat: { orderId: bFirst.id, assigneeOpenid: 'staff-b' } })
  })
})
