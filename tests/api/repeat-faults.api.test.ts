import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on a Friday in Shanghai: inside service hours.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

async function ok<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<T> {
  const reply = await host.call(openid, fn, event)
  if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error.code} ${reply.error.message}`)
  return reply.data as T
}

const report = (category = 'plumbing', openid = 'resident-1', extra: Record<string, unknown> = {}) =>
  ok(openid, 'repair', { action: 'create', category, priority: 'normal', description: '厨房水管又漏了', ...extra })

/** staff-1 takes, does and finishes the job; the household confirms it. */
async function finish(id: string, complete: Record<string, unknown> = {}) {
  await ok('staff-1', 'repair', { action: 'accept', id })
  await ok('staff-1', 'repair', { action: 'start', id })
  await ok('staff-1', 'repair', { action: 'complete', id, note: '换了阀门', ...complete })
}

const inbox = async (openid: string) =>
  (
    await host.store
      .collection('inbox')
      .find({ where: { toOpenid: openid }, orderBy: { field: 'createdAt', direction: 'asc' }, limit: 100 })
  ).map(({ kind, title, body }) => ({ kind, title, body }))

const days = (n: number) => host.advanceMinutes(n * 24 * 60)

describe('repeat faults (返修)', () => {
  it('a second report of the same problem in the same home within 30 days is linked, escalated and followed up', async () => {
    await ok('admin-1', 'admin', { action: 'saveGrid', name: '一号楼', buildings: ['1'], ownerOpenid: 'staff-2' })
    const first = await report()
    await finish(first.id)
    await ok('resident-1', 'repair', { action: 'confirm', id: first.id, rating: 4 })
    await days(12)

    const again = await report()
    expect(again).toMatchObject({
      priority: 'urgent',
      repeat: { orderId: first.id, assigneeOpenid: 'staff-1', vendorId: null },
      sla: { roundTheClock: true, windows: { response: 15 } },
    })
    expect(again.timeline.map((e: { type: string }) => e.type)).toEqual(['created', 'repeat_linked'])
    expect(await inbox('resident-1')).toContainEqual({
      kind: 'repair_repeat',
      title: '返修已加急',
      body: '同一问题30天内再次报修，已加急并由主管跟进',
    })
    expect(await inbox('staff-2')).toContainEqual({
      kind: 'repair_repeat',
      title: '返修工单，请跟进',
      body: '1-101 水管漏水在30天内再次报修，已加急',
    })

    // Completing the repeat without its root cause is refused, and nothing changes.
    await ok('staff-1', 'repair', { action: 'accept', id: again.id })
    await ok('staff-1', 'repair', { action: 'start', id: again.id })
    const started = await host.store.collection('workOrders').get(again.id)
    expect(await host.call('staff-1', 'repair', { action: 'complete', id: again.id, note: '再修' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { rootCause: ['返修工单请选择返修原因并说明'] } },
    })
    expect(
      await host.call('staff-1', 'repair', {
        action: 'complete',
        id: again.id,
        rootCause: { code: 'not-a-cause', text: '阀门' },
      }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    expect(await host.store.collection('workOrders').get(again.id)).toEqual(started)

    const done = await ok('staff-1', 'repair', {
      action: 'complete',
      id: again.id,
      rootCause: { code: 'parts', text: '上次的阀门是次品，换了品牌件' },
    })
    expect(done).toMatchObject({
      status: 'completed',
      rootCause: { code: 'parts', text: '上次的阀门是次品，换了品牌件' },
    })

    // The repeat is charged to staff-1, who finished both jobs this month.
    const rates = await ok('admin-1', 'vendor', { action: 'repeatRates', month: '2026-12' })
    expect(rates.byWorker).toEqual([{ key: 'staff-1', finished: 1, repeats: 1, rate: 1 }])
    expect(rates.byCategory).toEqual([{ key: 'plumbing', finished: 1, repeats: 1, rate: 1 }])
  })

  it('is not a repeat after the window, in another category or another home; the window is the estate’s to set', async () => {
    const first = await report()
    await finish(first.id)
    await days(31)
    expect((await report()).repeat).toBeNull()
    expect((await report('electrical')).repeat).toBeNull()
    expect((await report('plumbing', 'resident-2')).repeat).toBeNull()

    const rules = await ok('admin-1', 'vendor', { action: 'rules' })
    const { id: _id, version: _version, ...editable } = rules
    await ok('admin-1', 'vendor', { action: 'saveRules', rules: { ...editable, repeatWindowDays: 60 } })
    expect(await report()).toMatchObject({ repeat: { orderId: first.id }, priority: 'urgent' })
    expect(
      await host.call('admin-1', 'vendor', { action: 'saveRules', rules: { ...editable, repeatWindowDays: 0 } }),
    ).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    expect(await ok('admin-1', 'vendor', { action: 'rules' })).toMatchObject({ repeatWindowDays: 60 })
  })

  it('a public spot repeats by its location, whoever reports it', async () => {
    const first = await report('public_area', 'resident-1', { location: '3号楼电梯厅' })
    await finish(first.id)
    await days(3)
    const again = await report('public_area', 'resident-2', { location: '3号楼电梯厅' })
    expect(again.repeat).toMatchObject({ orderId: first.id })
    expect((await report('public_area', 'resident-2', { location: '2号楼大堂' })).repeat).toBeNull()
  })
})
