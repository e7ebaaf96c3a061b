import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

/** A stored instant is the expected one, allowing for the milliseconds the test itself takes. */
function expectAbout(actual: string | null, expected: string): void {
  expect(actual).not.toBeNull()
  expect(Math.abs(Date.parse(actual!) - Date.parse(expected))).toBeLessThan(5_000)
}

describe('a repair from submission to confirmation, through the local host', () => {
  it('records every step with its time and measures response and resolution', async () => {
    const created = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      priority: 'normal',
      description: '厨房水槽下水管漏水',
    })
    expect(created.ok).toBe(true)
    if (!created.ok) return
    const id = created.data.id
    expect(created.data).toMatchObject({ status: 'submitted', unitId: '1-101', assigneeOpenid: null })
    expectAbout(created.data.createdAt, '2026-11-27T02:00:00Z')
    expectAbout(created.data.deadlines.response, '2026-11-27T02:30:00Z')
    expectAbout(created.data.deadlines.resolution, '2026-11-28T02:00:00Z')

    await host.advanceMinutes(12)
    const accepted = await host.call('staff-1', 'repair', { action: 'accept', id })
    expect(accepted).toMatchObject({
      ok: true,
      data: { status: 'accepted', assigneeOpenid: 'staff-1', assigneeName: '李师傅' },
    })
    expect(accepted.ok && accepted.data.durations.responseMinutes).toBe(12)

    await host.advanceMinutes(20)
    const started = await host.call('staff-1', 'repair', { action: 'start', id })
    expect(started.ok && started.data.status).toBe('in_progress')

    await host.advanceMinutes(45)
    const completed = await host.call('staff-1', 'repair', { action: 'complete', id, note: '更换了下水管' })
    expect(completed.ok && completed.data.durations).toEqual({
      responseMinutes: 12,
      arrivalMinutes: 32,
      resolutionMinutes: 77,
      wallMinutes: { response: 12, arrival: 32, resolution: 77 },
    })
    expect(completed.ok && completed.data.outcomes).toEqual({
      response: { met: true, marginMinutes: 18 },
      arrival: { met: true, marginMinutes: 208 },
      resolution: { met: true, marginMinutes: 643 },
    })

    await host.advanceMinutes(60)
    const closed = await host.call('resident-1', 'repair', { action: 'confirm', id, rating: 5, comment: '师傅很专业' })
    expect(closed.ok).toBe(true)
    if (!closed.ok) return
    const order = closed.data
    expect(order.status).toBe('closed')
    expect(order.rating).toEqual({ stars: 5, comment: '师傅很专业' })
    expectAbout(order.acceptedAt, '2026-11-27T02:12:00Z')
    expectAbout(order.startedAt, '2026-11-27T02:32:00Z')
    expectAbout(order.completedAt, '2026-11-27T03:17:00Z')
    expectAbout(order.closedAt, '2026-11-27T04:17:00Z')
    expect(order.overdue).toEqual({ response: null, arrival: null, resolution: null })
    expect(order.timeline.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'accepted',
      'started',
      'completed',
      'confirmed',
    ])
    expect(order.timeline[3]).toMatchObject({ by: 'staff-1', note: '更换了下水管' })
    expect(order.version).toBe(5)
  })

  it('a reopened job goes back to work with a fresh resolution deadline and is counted', async () => {
    const created = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'electrical',
      priority: 'urgent',
      description: '客厅跳闸',
    })
    const id = created.ok && created.data.id
    await host.call('staff-1', 'repair', { action: 'accept', id })
    await host.call('staff-1', 'repair', { action: 'start', id })
    await host.call('staff-1', 'repair', { action: 'complete', id })
    await host.advanceMinutes(30)
    const reopened = await host.call('resident-1', 'repair', { action: 'reopen', id, reason: '又跳闸了' })
    expect(reopened).toMatchObject({ ok: true, data: { status: 'in_progress', reopenCount: 1, completedAt: null } })
    if (!reopened.ok) return
    expectAbout(reopened.data.deadlines.resolution, '2026-11-27T06:30:00Z')
    expect(reopened.data.durations.resolutionMinutes).toBeNull()
  })

  it('lists a household its own orders, newest first, page by page', async () => {
    for (const description of ['一', '二', '三']) {
      await host.call('resident-1', 'repair', { action: 'create', category: 'other', description })
      await host.advanceMinutes(1)
    }
    const first = await host.call('resident-1', 'repair', { action: 'list', scope: 'mine', limit: 2 })
    expect(first.ok && first.data.items.map((o: { description: string }) => o.description)).toEqual(['三', '二'])
    const second = await host.call('resident-1', 'repair', {
      action: 'list',
      scope: 'mine',
      limit: 2,
      cursor: first.ok && first.data.nextCursor,
    })
    expect(second.ok && second.data.items.map((o: { description: string }) => o.description)).toEqual(['一'])
    expect(second.ok && second.data.nextCursor).toBeNull()
  })
})
