import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
})
afterEach(() => host.stop())

async function submit(priority: 'normal' | 'urgent' = 'normal'): Promise<string> {
  const created = await host.call('resident-1', 'repair', {
    action: 'create',
    category: 'plumbing',
    priority,
    description: '漏水',
  })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.id
}

describe('the SLA sweep', () => {
  // Normal jobs are timed on the estate's service hours (08:00-20:00): start on a weekday morning so a
  // 31-minute wait is 31 minutes of service time whatever the hour the suite runs.
  beforeEach(() => host.post('/api/dev/clock', { set: '2026-11-25T02:00:00.000Z' })) // Wed 10:00 in Shanghai

  it('flags a normal order left unaccepted for 31 minutes, exactly once however often it runs', async () => {
    const id = await submit()
    await host.advanceMinutes(29)
    expect(await host.fireTimer('slaSweep')).toMatchObject({ ok: true, data: { flagged: 0 } })

    await host.advanceMinutes(2)
    expect(await host.fireTimer('slaSweep')).toMatchObject({ ok: true, data: { flagged: 1 } })
    await host.fireTimer('slaSweep')
    await host.fireTimer('slaSweep')

    const order = await host.call('admin-1', 'repair', { action: 'get', id })
    expect(order.ok && order.data.overdue.response).not.toBeNull()
    expect(order.ok && order.data.overdue.resolution).toBeNull()
    const flags = order.ok ? order.data.timeline.filter((e: { type: string }) => e.type === 'response_overdue') : []
    expect(flags).toHaveLength(1)
    expect(flags[0].by).toBe('system')
  })

  it('does not flag a job accepted in time, and flags a late acceptance at once', async () => {
    const onTime = await submit()
    const late = await submit()
    await host.advanceMinutes(10)
    await host.call('staff-1', 'repair', { action: 'accept', id: onTime })
    await host.advanceMinutes(25)
    const accepted = await host.call('staff-2', 'repair', { action: 'accept', id: late })
    expect(accepted.ok && accepted.data.overdue.response).not.toBeNull()

    await host.fireTimer('slaSweep')
    const prompt = await host.call('admin-1', 'repair', { action: 'get', id: onTime })
    expect(prompt.ok && prompt.data.overdue).toEqual({ response: null, arrival: null, resolution: null })
  })

  it("flags an urgent job unresolved after 4 hours, and puts it on the managers' late board", async () => {
    const id = await submit('urgent')
    await host.call('staff-1', 'repair', { action: 'accept', id })
    await host.advanceMinutes(241)
    await host.fireTimer('slaSweep')
    const board = await host.call('admin-1', 'repair', { action: 'late' })
    expect(board.ok && board.data.items.map((o: { id: string }) => o.id)).toEqual([id])
    expect(board.ok && board.data.items[0].overdue.resolution).not.toBeNull()
  })

  it('lists breached jobs oldest breach first, then jobs about to breach', async () => {
    const older = await submit()
    await host.advanceMinutes(5)
    const newer = await submit()
    await host.advanceMinutes(26)
    await host.fireTimer('slaSweep')
    await host.advanceMinutes(5)
    await host.fireTimer('slaSweep')
    const nearing = await submit('urgent')
    await host.advanceMinutes(8)
    const board = await host.call('admin-1', 'repair', { action: 'late' })
    expect(board.ok && board.data.items.map((o: { id: string }) => o.id)).toEqual([older, newer, nearing])
  })
})

describe('the SLA sweep over two estates', () => {
  it("judges each order on its own estate's hours: a normal job at 19:50 is due 08:20 in A (08-20) and 09:30 in B (09-18)", async () => {
    await host.post('/api/dev/clock', { set: '2026-11-26T11:50:00.000Z' }) // 19:50 in Shanghai
    const report = (openid: string) =>
      host.call(openid, 'repair', { action: 'create', category: 'plumbing', priority: 'normal', description: '漏水' })
    const inA = await report('resident-1')
    const inB = await report('resident-3')
    if (!inA.ok || !inB.ok) throw new Error('could not submit')
    // The host's clock ticks on from 19:50, so compare to the minute.
    expect(inA.data.deadlines.response.slice(0, 16)).toBe('2026-11-27T00:20') // 08:20 next morning
    expect(inB.data.deadlines.response.slice(0, 16)).toBe('2026-11-27T01:30') // 09:30 next morning

    const overdue = async (openid: string, id: string) => {
      const order = await host.call(openid, 'repair', { action: 'get', id })
      return order.ok ? order.data.overdue.response !== null : 'unreadable'
    }
    await host.post('/api/dev/clock', { set: '2026-11-27T00:21:00.000Z' }) // 08:21
    expect(await host.fireTimer('slaSweep')).toMatchObject({ ok: true, data: { flagged: 1 } })
    expect([await overdue('admin-1', inA.data.id), await overdue('admin-2', inB.data.id)]).toEqual([true, false])

    await host.post('/api/dev/clock', { set: '2026-11-27T01:31:00.000Z' }) // 09:31
    expect(await host.fireTimer('slaSweep')).toMatchObject({ ok: true, data: { flagged: 1 } })
    expect(await overdue('admin-2', inB.data.id)).toBe(true)
    // Each estate's manager heard of its own late job only.
    const outbox = await fetch(`${host.url}/api/dev/outbox?openid=admin-1`).then((r) => r.json())
    expect(JSON.stringify(outbox)).not.toContain(inB.data.id)
  })
})
