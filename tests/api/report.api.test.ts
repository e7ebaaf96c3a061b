import { FUNCTIONS } from '@server/functions'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on Friday 27 November 2026 in Shanghai, inside service hours.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

// Replies are read as plain JSON: the assertions state their shape.
const call = (openid: string, event: Record<string, unknown>): Promise<any> => host.call(openid, 'report', event)

async function create(openid: string, description: string): Promise<string> {
  const created = await host.call(openid, 'repair', { action: 'create', category: 'plumbing', description })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.id
}

/** November: resident-1's leak accepted in 12 minutes, fixed and rated 4; resident-2's still waiting. Then 2 December. */
async function november(): Promise<{ waiting: string }> {
  const leak = await create('resident-1', '厨房水槽漏水')
  const waiting = await create('resident-2', '马桶堵塞')
  await host.advanceMinutes(12)
  await host.call('staff-1', 'repair', { action: 'accept', id: leak })
  await host.call('staff-1', 'repair', { action: 'start', id: leak })
  await host.advanceMinutes(45)
  await host.call('staff-1', 'repair', { action: 'complete', id: leak })
  await host.call('resident-1', 'repair', { action: 'confirm', id: leak, rating: 4 })
  await host.post('/api/dev/clock', { set: '2026-12-02T02:00:00.000Z' })
  return { waiting }
}

// The host's clock keeps ticking after it is set.
const SECOND_OF_DECEMBER = expect.stringMatching(/^2026-12-02T02:00:/)

const publishNovember = (foreword = '感谢各位业主对物业工作的支持。') =>
  call('admin-1', { action: 'publish', month: '2026-11', foreword })

describe('the monthly service report', () => {
  it('a manager publishes an ended month; residents and the committee read it, with nothing personal in it', async () => {
    await november()
    const draft = await call('admin-1', { action: 'draft', month: '2026-11' })
    expect(draft).toMatchObject({ ok: true, data: { publishable: true, published: null } })
    expect(draft.data.report.estate.current).toMatchObject({
      repairsReceived: 2,
      response: { count: 1, median: 12, p90: 12 },
      satisfaction: { count: 1, average: 4 },
    })
    // Two orders in buildings 1 and 2: both under the floor of five.
    expect(
      draft.data.report.buildings.map((b: { current: { sampleTooSmall: boolean } }) => b.current.sampleTooSmall),
    ).toEqual([true, true, true])

    const published = await publishNovember()
    expect(published).toMatchObject({
      ok: true,
      data: { id: '2026-11', foreword: '感谢各位业主对物业工作的支持。', publishedAt: SECOND_OF_DECEMBER },
    })
    const audit = await host.runtime.store.collection('auditLog').find({ where: {}, limit: 10 })
    expect(audit).toEqual([expect.objectContaining({ action: 'report.publish', by: 'admin-1', resultId: '2026-11' })])

    expect(await call('resident-1', { action: 'latest' })).toEqual(published)
    expect(await call('resident-2', { action: 'get', month: '2026-11' })).toEqual(published)
    expect(await call('committee-1', { action: 'get', month: '2026-11' })).toEqual(published)
    expect(await call('committee-1', { action: 'list' })).toEqual({
      ok: true,
      data: { items: [{ month: '2026-11', publishedAt: published.data.publishedAt }] },
    })
    const text = JSON.stringify(published.data)
    for (const personal of [
      '王女士',
      '陈先生',
      '李师傅',
      '1-101',
      '2-202',
      '138000',
      'resident-1',
      'staff-1',
      '漏水',
    ]) {
      expect(text).not.toContain(personal)
    }
  })

  it('a published report stays as it was when the month’s records change later', async () => {
    const { waiting } = await november()
    const published = await publishNovember()
    // December: November's waiting order is finally accepted, which changes November's figures.
    await host.call('staff-2', 'repair', { action: 'accept', id: waiting })
    const recomputed = await call('admin-1', { action: 'draft', month: '2026-11' })
    expect(recomputed.data.report.estate.current.response.count).toBe(2)
    expect(recomputed.data.published).toEqual(published.data)

    expect(await call('resident-1', { action: 'get', month: '2026-11' })).toEqual(published)
    // A retry of the same publication answers the stored report; a different foreword is refused.
    expect(await publishNovember()).toEqual(published)
    expect(await publishNovember('改过的前言')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await call('committee-1', { action: 'get', month: '2026-11' })).toEqual(published)
  })

  it('counts the month’s complaints once the estate receives them, estate-wide only', async () => {
    const complaint = await host.call('resident-1', 'feedback', {
      action: 'create',
      kind: 'complaint',
      topic: '噪音扰民',
      description: '楼上装修每天中午电钻声不断',
    })
    expect(complaint.ok).toBe(true)
    await host.call('resident-1', 'feedback', {
      action: 'create',
      kind: 'praise',
      topic: '服务态度',
      description: '师傅很负责',
    })
    await host.post('/api/dev/clock', { set: '2026-12-02T02:00:00.000Z' })
    const draft = await call('admin-1', { action: 'draft', month: '2026-11' })
    expect(draft.data.report.estate.current.complaints).toEqual({
      received: 1,
      acknowledge: null,
      closed: { met: 0, total: 1, share: 0 },
    })
    expect(draft.data.report.estate.previous.complaints).toMatchObject({ received: 0 })
    expect(draft.data.report.buildings[0].current.complaints).toBeNull()
    expect(JSON.stringify(draft.data.report)).not.toContain('电钻')
  })

  it('a month still running can be previewed but not published', async () => {
    await november()
    expect(await call('admin-1', { action: 'draft', month: '2026-12' })).toMatchObject({
      ok: true,
      data: { publishable: false },
    })
    expect(await call('admin-1', { action: 'publish', month: '2026-12' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { month: ['本月尚未结束，月底之后才能发布'] } },
    })
    expect(await call('admin-1', { action: 'publish', month: '2026-13' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(await call('admin-1', { action: 'latest' })).toEqual({ ok: true, data: null })
  })

  it('a guest (not bound to a home in the estate) reads no report; residents and staff cannot publish', async () => {
    await november()
    await publishNovember()
    for (const event of [{ action: 'latest' }, { action: 'get', month: '2026-11' }, { action: 'list' }]) {
      expect(await call('stranger-from-elsewhere', event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    for (const who of ['resident-1', 'staff-1', 'committee-1']) {
      expect(await call(who, { action: 'publish', month: '2026-10' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
      expect(await call(who, { action: 'draft', month: '2026-11' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
    expect(await call('committee-1', { action: 'get', month: '2026-10' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('the owners’ committee', () => {
  /** Everything the committee may call: its reports, the aggregate figures, and what anyone may. */
  const COMMITTEE_MAY = [
    'report.latest',
    'report.get',
    'report.list',
    'report.kpis',
    'me.profile',
    'me.publicInfo',
    'inbox.announcements',
    'visitor.shared',
  ]

  it('is allowed no action but reports, aggregates and public information', () => {
    const allowed = Object.values(FUNCTIONS).flatMap((fn) =>
      Object.entries(fn.actions)
        .filter(([, def]) => def.roles.includes('committee'))
        .map(([name]) => `${fn.name}.${name}`),
    )
    expect(allowed.sort()).toEqual([...COMMITTEE_MAY].sort())
  })

  it('gets FORBIDDEN on personal data and changes nothing', async () => {
    const { waiting } = await november()
    const before = await host.call('admin-1', 'repair', { action: 'get', id: waiting })
    const refused: [string, Record<string, unknown>][] = [
      ['admin', { action: 'listResidents' }],
      ['admin', { action: 'listStaffMembers' }],
      ['admin', { action: 'exportOrders', from: '2026-11-01', to: '2026-11-30' }],
      ['admin', { action: 'serviceDashboard', range: '30d' }],
      ['admin', { action: 'listAudit' }],
      ['repair', { action: 'get', id: waiting }],
      ['repair', { action: 'list', scope: 'all' }],
      ['repair', { action: 'accept', id: waiting }],
      ['visitor', { action: 'entries' }],
      ['billing', { action: 'arrears' }],
      ['billing', { action: 'exportArrears' }],
      ['inbox', { action: 'list' }],
    ]
    for (const [fn, event] of refused) {
      expect([fn, event.action, await host.call('committee-1', fn, event)]).toMatchObject([
        fn,
        event.action,
        { ok: false, error: { code: 'FORBIDDEN' } },
      ])
    }
    expect(await host.call('admin-1', 'repair', { action: 'get', id: waiting })).toEqual(before)
  })

  it('reads the service figures in aggregate, without any worker named', async () => {
    await november()
    await host.post('/api/dev/clock', { set: '2026-11-30T02:00:00.000Z' })
    const kpis = await call('committee-1', { action: 'kpis', range: '30d' })
    expect(kpis).toMatchObject({
      ok: true,
      data: { range: '30d', totals: { submitted: 2, satisfaction: { average: 4 } } },
    })
    expect(kpis.data).not.toHaveProperty('byStaff')
    expect(JSON.stringify(kpis.data)).not.toContain('李师傅')
  })
})
