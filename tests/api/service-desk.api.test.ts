import { startTestHost, type TestHost } from '../support/test-host'

// The service desk (客服前台): signs in to the console like a manager, watches and dispatches orders
// and complaints, posts notices and reads the visitor log; settings, money, people, figures, the
// audit log and exports stay the manager's.
let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
})
afterEach(() => host.stop())

const desk = (fn: string, event: Record<string, unknown>) => host.call('desk-1', fn, event)

async function auditCount(): Promise<number> {
  return host.store.collection('auditLog').count({})
}

async function newOrder(): Promise<string> {
  const created = await host.call('resident-1', 'repair', {
    action: 'create',
    category: 'plumbing',
    description: '漏水',
  })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.id
}

describe('the service desk', () => {
  it('signs the console in by the scan flow as itself', async () => {
    const opened = (await host.post('/api/console/open', {})).body.data
    expect(await host.call('desk-1', 'admin', { action: 'approveConsoleSignIn', code: opened.code })).toMatchObject({
      ok: true,
    })
    const signedIn = (await host.post('/api/console/poll', opened)).body
    expect(signedIn).toMatchObject({
      ok: true,
      data: { status: 'signedIn', user: { openid: 'desk-1', role: 'service_desk', companyAdmin: false } },
    })
    const board = await host.post('/api/fn/repair', { action: 'late' }, signedIn.data.token)
    expect(board.body.ok).toBe(true)
  })

  it('sees every order of the estate and dispatches one, and the audit log names the desk', async () => {
    const id = await newOrder()
    const found = await desk('admin', { action: 'findOrders' })
    expect(found.ok && found.data.items.map((o: { id: string }) => o.id)).toContain(id)
    expect((await desk('repair', { action: 'get', id })).ok).toBe(true)

    expect(await desk('repair', { action: 'assign', id, staffOpenid: 'staff-1' })).toMatchObject({
      ok: true,
      data: { assigneeOpenid: 'staff-1' },
    })
    const log = await host.call('admin-1', 'admin', { action: 'listAudit', limit: 5 })
    expect(log.ok && log.data.items[0]).toMatchObject({ action: 'repair.assign', by: 'desk-1' })
  })

  it('works the complaint queue, the visitor log and the notices', async () => {
    const complaint = await host.call('resident-1', 'feedback', {
      action: 'create',
      kind: 'complaint',
      topic: '安全秩序',
      description: '楼上夜里装修太吵',
    })
    expect(complaint.ok).toBe(true)
    const queue = await desk('feedback', { action: 'list', scope: 'all' })
    expect(queue.ok && queue.data.items.map((f: { id: string }) => f.id)).toContain(complaint.ok && complaint.data.id)
    expect(
      await desk('feedback', { action: 'assign', id: complaint.ok && complaint.data.id, staffOpenid: 'staff-1' }),
    ).toMatchObject({ ok: true, data: { assigneeOpenid: 'staff-1' } })

    expect((await desk('visitor', { action: 'entries' })).ok).toBe(true)
    const notice = await desk('inbox', { action: 'announce', title: '停水通知', body: '明天上午九点到十一点停水' })
    expect(notice).toMatchObject({ ok: true })
    expect(await desk('inbox', { action: 'withdraw', id: notice.ok && notice.data.id })).toMatchObject({ ok: true })
  })

  it.each([
    ['the SLA policy', 'admin', { action: 'getSettings' }],
    ['dispatch modes', 'admin', { action: 'setDispatch', category: 'plumbing', mode: 'grid' }],
    ['limits', 'admin', { action: 'updateLimits', repairCreatesPerHour: 0, repairCreatesPerDay: 0 }],
    ['residents', 'admin', { action: 'listResidents' }],
    ['staff roles', 'admin', { action: 'setStaff', openid: 'staff-1', role: 'manager' }],
    ['invites', 'admin', { action: 'createInvite', kind: 'staff', role: 'manager' }],
    ['the audit log', 'admin', { action: 'listAudit' }],
    ['the service figures', 'admin', { action: 'serviceDashboard' }],
    ['an order export', 'admin', { action: 'exportOrders', exportReason: '月度对账核查' }],
    ['fee items', 'billing', { action: 'saveItem', name: '物业费', kind: 'per_m2_monthly', rateFen: 250 }],
    ['refunds', 'billing', { action: 'refund', id: 'any-order', reason: '重复缴费' }],
    ['an arrears export', 'billing', { action: 'exportArrears', exportReason: '月度对账核查' }],
  ])('may not touch %s: FORBIDDEN, nothing written', async (_what, fn, event) => {
    const before = await auditCount()
    expect(await desk(fn, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await auditCount()).toBe(before)
    expect(await host.store.collection('feeItems').count({})).toBe(0)
  })

  it('is a staff role a manager can invite', async () => {
    const created = await host.call('admin-1', 'admin', { action: 'createInvite', kind: 'staff', role: 'service_desk' })
    expect(created).toMatchObject({ ok: true, data: { role: 'service_desk' } })
    const joined = await host.call('wx-desk', 'me', {
      action: 'redeemInvite',
      code: created.ok && created.data.id,
      name: '钱客服',
      phone: '13700000021',
    })
    expect(joined).toMatchObject({ ok: true, data: { role: 'service_desk', bound: true } })
    expect((await host.call('wx-desk', 'repair', { action: 'late' })).ok).toBe(true)
  })
})
