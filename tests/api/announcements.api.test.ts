import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
})
afterEach(() => host.stop())

const titles = async (openid: string) => {
  const listed = await host.call(openid, 'inbox', { action: 'announcements' })
  return listed.ok ? listed.data.items.map((a: { title: string }) => a.title) : listed
}

async function announce(fields: Record<string, unknown>) {
  const posted = await host.call('admin-1', 'inbox', { action: 'announce', body: '详见物业公告栏', ...fields })
  if (!posted.ok) throw new Error(posted.error.message)
  await host.advanceMinutes(1)
  return posted.data
}

describe('announcements (公告)', () => {
  it("residents see the estate's notices and their building's, emergencies pinned first", async () => {
    await announce({ title: '周六全小区消杀' })
    await announce({ title: '二号楼电梯保养', buildings: ['2'] })
    await announce({ title: '一号楼停水通知', buildings: ['1'], emergency: true })
    await announce({ title: '物业费缴纳提醒' })
    expect(await titles('resident-1')).toEqual(['一号楼停水通知', '物业费缴纳提醒', '周六全小区消杀'])
    expect(await titles('resident-2')).toEqual(['物业费缴纳提醒', '二号楼电梯保养', '周六全小区消杀'])
    expect(await titles('stranger')).toEqual(['物业费缴纳提醒', '周六全小区消杀'])
  })

  it('an emergency reaches the inbox of every resident it concerns, and is pushed where they consented', async () => {
    await host.call('resident-1', 'inbox', { action: 'consent', results: { 'local-emergency-notice': 'accept' } })
    await announce({ title: '一号楼停水', buildings: ['1'], emergency: true })
    const mine = await host.call('resident-1', 'inbox', { action: 'list' })
    expect(mine.ok && mine.data.items.map((m: { title: string }) => m.title)).toEqual(['紧急通知：一号楼停水'])
    const theirs = await host.call('resident-2', 'inbox', { action: 'unreadCount' })
    expect(theirs).toEqual({ ok: true, data: { count: 0 } })
    const pushed = await (await fetch(`${host.url}/api/dev/outbox?openid=resident-1`)).json()
    expect(pushed.items.map((p: { templateId: string }) => p.templateId)).toEqual(['local-emergency-notice'])
  })

  it('only managers post, a withdrawn notice disappears, and bad input writes nothing', async () => {
    expect(await host.call('resident-1', 'inbox', { action: 'announce', title: '我来发', body: '内容' })).toMatchObject(
      { ok: false, error: { code: 'FORBIDDEN' } },
    )
    expect(await host.call('admin-1', 'inbox', { action: 'announce', title: '', body: '内容' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { title: expect.any(Array) } },
    })
    const posted = await announce({ title: '停车场维修' })
    expect(await titles('resident-1')).toEqual(['停车场维修'])
    await host.call('admin-1', 'inbox', { action: 'withdraw', id: posted.id })
    expect(await titles('resident-1')).toEqual([])
  })
})
