import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on a working day: a normal job promises a response within 30 minutes.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

async function newJob(): Promise<string> {
  const created = await host.call('resident-1', 'repair', {
    action: 'create',
    category: 'plumbing',
    description: '厨房水槽下水管漏水',
  })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.id
}

const inboxTitles = async (openid: string): Promise<string[]> => {
  const listed = await host.call(openid, 'inbox', { action: 'list' })
  return listed.ok ? listed.data.items.map((m: { title: string }) => m.title) : []
}

describe('催单 through the local host', () => {
  it('refuses to hurry a job still within its promise, and writes nothing', async () => {
    const id = await newJob()
    const early = await host.call('resident-1', 'repair', { action: 'hurry', id })
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    const order = await host.call('resident-1', 'repair', { action: 'get', id })
    expect(order.ok && order.data.timeline.map((e: { type: string }) => e.type)).toEqual(['created'])
  })

  it('a late, unassigned job tells the managers; once taken, its holder; never twice in 30 minutes', async () => {
    const id = await newJob()
    await host.advanceMinutes(35)
    const hurried = await host.call('resident-1', 'repair', { action: 'hurry', id })
    expect(hurried.ok && hurried.data.timeline.at(-1)).toMatchObject({ type: 'hurried', by: 'resident-1' })
    expect(await inboxTitles('admin-1')).toContain('住户催单')

    const again = await host.call('resident-1', 'repair', { action: 'hurry', id })
    expect(again).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })

    await host.call('staff-1', 'repair', { action: 'accept', id })
    // The visit is promised within 4 hours of acceptance: late after that, and 30 minutes have passed.
    await host.advanceMinutes(4 * 60 + 5)
    const holder = await host.call('resident-1', 'repair', { action: 'hurry', id })
    expect(holder.ok).toBe(true)
    expect(await inboxTitles('staff-1')).toContain('住户催单')
  })

  it("another household cannot hurry someone else's job", async () => {
    const id = await newJob()
    await host.advanceMinutes(35)
    expect(await host.call('resident-2', 'repair', { action: 'hurry', id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('the call button behind an order', () => {
  it('gives the household the service desk until a worker holds the job, then the worker', async () => {
    const id = await newJob()
    const before = await host.call('resident-1', 'repair', { action: 'contact', id })
    expect(before).toMatchObject({ ok: true, data: { kind: 'desk', name: '物业服务中心' } })
    await host.call('staff-1', 'repair', { action: 'accept', id })
    const after = await host.call('resident-1', 'repair', { action: 'contact', id })
    expect(after).toEqual({ ok: true, data: { kind: 'worker', name: '李师傅', phone: '13900000001' } })
  })

  it('gives the worker on the job the household, and no other worker', async () => {
    const id = await newJob()
    await host.call('staff-1', 'repair', { action: 'accept', id })
    expect(await host.call('staff-1', 'repair', { action: 'contact', id })).toEqual({
      ok: true,
      data: { kind: 'resident', name: '王女士', phone: '13800000001' },
    })
    expect(await host.call('staff-2', 'repair', { action: 'contact', id })).toMatchObject({ ok: false })
    expect(await host.call('resident-2', 'repair', { action: 'contact', id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
