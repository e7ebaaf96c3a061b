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
