import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

async function outbox(
  openid: string,
): Promise<{ templateId: string; page: string; data: Record<string, { value: string }> }[]> {
  const response = await fetch(`${host.url}/api/dev/outbox?openid=${openid}`)
  return (await response.json()).items
}

const inbox = async (openid: string) => {
  const listed = await host.call(openid, 'inbox', { action: 'list' })
  return listed.ok ? (listed.data.items as { kind: string; ref: { id: string } }[]) : []
}

/** What the mini-program reports after the user tapped 允许 on these templates. */
async function allow(openid: string, ...templateIds: string[]) {
  const results = Object.fromEntries(templateIds.map((id) => [id, 'accept']))
  return host.call(openid, 'inbox', { action: 'consent', results })
}

async function submit(openid = 'resident-1'): Promise<string> {
  const created = await host.call(openid, 'repair', {
    action: 'create',
    category: 'plumbing',
    priority: 'urgent',
    description: '水管爆裂',
  })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.id
}

describe('subscribe messages spend consents; the inbox gets everything', () => {
  it('one consent gives one push; the next transition without consent goes only to the inbox', async () => {
    expect(await allow('resident-1', 'local-repair-accepted', 'local-repair-started')).toMatchObject({
      ok: true,
      data: { granted: ['repairAccepted', 'repairStarted'] },
    })
    const id = await submit()
    await host.call('staff-1', 'repair', { action: 'accept', id })
    await host.call('staff-1', 'repair', { action: 'start', id })
    await host.call('staff-1', 'repair', { action: 'complete', id, note: '已更换阀门' })

    const pushes = await outbox('resident-1')
    expect(pushes.map((p) => p.templateId)).toEqual(['local-repair-accepted', 'local-repair-started'])
    expect(pushes[0]).toMatchObject({
      page: `pages/repair-detail/index?id=${id}`,
      data: {
        character_string1: { value: id.slice(0, 8).toUpperCase() },
        name3: { value: '李师傅' },
        time4: { value: expect.stringMatching(/^2026年11月27日 10:0\d$/) },
      },
    })
    expect((await inbox('resident-1')).map((m) => m.kind)).toEqual([
      'repair_completed',
      'repair_started',
      'repair_accepted',
    ])
    const left = await host.call('resident-1', 'inbox', { action: 'subscriptions' })
    expect(left.ok && left.data.items.filter((i: { remaining: number }) => i.remaining > 0)).toEqual([])
  })

  it('43101 from WeChat zeroes the ledger for that template, and the inbox still has the message', async () => {
    await allow('resident-1', 'local-repair-accepted', 'local-repair-accepted', 'local-repair-accepted')
    await host.post('/api/dev/push/fail', {
      openid: 'resident-1',
      errcode: 43101,
      errmsg: 'user refuse to accept the msg',
    })
    const id = await submit()
    await host.call('staff-1', 'repair', { action: 'accept', id })
    expect(await outbox('resident-1')).toEqual([])
    const left = await host.call('resident-1', 'inbox', { action: 'subscriptions' })
    expect(
      left.ok && left.data.items.find((i: { template: string }) => i.template === 'repairAccepted').remaining,
    ).toBe(0)
    expect((await inbox('resident-1')).map((m) => m.kind)).toEqual(['repair_accepted'])
  })

  it('47003 is logged with the field WeChat names, and the consent is kept for the next message', async () => {
    await allow('resident-1', 'local-repair-accepted')
    await host.post('/api/dev/push/fail', {
      openid: 'resident-1',
      errcode: 47003,
      errmsg: 'argument invalid! data.name3.value is invalid',
    })
    await host.call('staff-1', 'repair', { action: 'accept', id: await submit() })
    expect(host.errors).toContainEqual({
      message: 'subscribe message refused',
      details: expect.objectContaining({ errcode: 47003, field: 'name3' }),
    })
    await host.call('staff-1', 'repair', { action: 'accept', id: await submit() })
    expect(await outbox('resident-1')).toHaveLength(1)
  })

  it('a breach swept three times notifies once, and the resident gets an apology', async () => {
    await allow('resident-1', 'local-repair-delayed', 'local-repair-delayed')
    await allow('admin-1', 'local-job-overdue', 'local-job-overdue')
    const id = await submit()
    await host.advanceMinutes(16)
    for (let i = 0; i < 3; i++) await host.fireTimer('slaSweep')
    expect((await outbox('resident-1')).map((p) => p.templateId)).toEqual(['local-repair-delayed'])
    expect((await outbox('admin-1')).map((p) => p.templateId)).toEqual(['local-job-overdue'])
    expect((await inbox('resident-1')).filter((m) => m.kind === 'repair_delayed').map((m) => m.ref.id)).toEqual([id])
  })

  it("a resident never receives another unit's notice", async () => {
    await allow('resident-2', 'local-repair-accepted')
    const id = await submit('resident-1')
    await host.call('staff-1', 'repair', { action: 'accept', id })
    await host.advanceMinutes(300)
    await host.fireTimer('slaSweep')
    expect(await inbox('resident-2')).toEqual([])
    expect(await outbox('resident-2')).toEqual([])
  })

  it('ignores consents for template ids this environment does not use', async () => {
    expect(await allow('resident-1', 'someone-elses-template')).toEqual({ ok: true, data: { granted: [] } })
  })
})
