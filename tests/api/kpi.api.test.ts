import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  // 10:00 on Friday 27 November 2026 in Shanghai, inside service hours.
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterEach(() => host.stop())

const admin = (event: Record<string, unknown>) => host.call('admin-1', 'admin', event)

async function create(category: string, description: string): Promise<string> {
  const created = await host.call('resident-1', 'repair', { action: 'create', category, description })
  if (!created.ok) throw new Error(created.error.message)
  return created.data.id
}

/** Three orders: one done in time and rated, one accepted late, one still waiting. */
async function dayOfOrders(): Promise<void> {
  const quick = await create('plumbing', '厨房水槽漏水')
  const late = await create('electrical', '=HYPERLINK("http://x","点我")')
  await create('plumbing', '马桶堵塞')
  await host.advanceMinutes(12)
  await host.call('staff-1', 'repair', { action: 'accept', id: quick })
  await host.advanceMinutes(20)
  await host.call('staff-1', 'repair', { action: 'start', id: quick })
  // The electrical job's 30-minute response window has run out by now.
  await host.call('staff-2', 'repair', { action: 'accept', id: late })
  await host.advanceMinutes(45)
  await host.call('staff-1', 'repair', { action: 'complete', id: quick })
  await host.call('resident-1', 'repair', { action: 'confirm', id: quick, rating: 4 })
}

describe('the service dashboard', () => {
  it("counts today's orders, their times, the promises kept and the satisfaction", async () => {
    await dayOfOrders()
    const today = await admin({ action: 'serviceDashboard', range: 'today' })
    expect(today.ok).toBe(true)
    if (!today.ok) return
    expect(today.data).toMatchObject({ range: 'today', from: '2026-11-26T16:00:00.000Z', truncated: false })
    expect(today.data.totals).toEqual({
      submitted: 3,
      open: 2,
      late: 1,
      response: { count: 2, average: 22, p90: 32 },
      resolution: { count: 1, average: 77, p90: 77 },
      withinSla: { met: 1, total: 2, share: 0.5 },
      satisfaction: { count: 1, average: 4 },
    })
    expect(
      today.data.byCategory.map((row: { category: string; submitted: number }) => [row.category, row.submitted]),
    ).toEqual([
      ['plumbing', 2],
      ['electrical', 1],
    ])
    expect(today.data.byStaff).toEqual([
      expect.objectContaining({
        openid: 'staff-1',
        name: '李师傅',
        submitted: 1,
        late: 0,
        satisfaction: { count: 1, average: 4 },
      }),
      expect.objectContaining({
        openid: 'staff-2',
        name: '张师傅',
        submitted: 1,
        late: 1,
        response: { count: 1, average: 32, p90: 32 },
      }),
    ])
    expect(today.data.trend).toEqual([{ date: '2026-11-27', responded: 2, averageResponse: 22 }])
  })

  it('a week has one trend point per day, and a day without orders has none to average', async () => {
    await dayOfOrders()
    await host.post('/api/dev/clock', { set: '2026-11-29T02:00:00.000Z' })
    const week = await admin({ action: 'serviceDashboard', range: '7d' })
    expect(week.ok && week.data.trend.map((p: { date: string }) => p.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ])
    expect(week.ok && week.data.trend[4]).toEqual({ date: '2026-11-27', responded: 2, averageResponse: 22 })
    expect(week.ok && week.data.trend[5]).toEqual({ date: '2026-11-28', responded: 0, averageResponse: null })
    const today = await admin({ action: 'serviceDashboard', range: 'today' })
    expect(today.ok && today.data.totals.submitted).toBe(0)
  })

  it('is for managers only', async () => {
    for (const openid of ['resident-1', 'staff-1', 'guard-1', 'wx-guest']) {
      expect(await host.call(openid, 'admin', { action: 'serviceDashboard', range: '7d' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
  })
})

describe('exporting work orders', () => {
  it('gives a CSV Excel opens in Chinese, one row per order of the dates asked', async () => {
    await dayOfOrders()
    const exported = await admin({
      action: 'exportOrders',
      from: '2026-11-27',
      to: '2026-11-27',
      exportReason: '月度服务质量复核',
    })
    expect(exported).toMatchObject({
      ok: true,
      data: { filename: '工单_2026-11-27_2026-11-27.csv', rows: 3, truncated: false },
    })
    if (!exported.ok) return
    const csv: string = exported.data.csv
    expect(csv.startsWith('\uFEFF工单号,提交时间,类别,紧急程度,状态,房屋,报修人,问题描述,处理人')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain(
      ',2026-11-27 10:00,水管漏水,普通,已完成,1-101,王女士,厨房水槽漏水,李师傅,2026-11-27 10:12,',
    )
    // A description that looks like a formula stays text in Excel.
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://x"",""点我"")",张师傅,`)
    expect(lines[2]).toContain(',是,')
    expect(lines[3]).toContain(',待接单,')

    const dayBefore = await admin({
      action: 'exportOrders',
      from: '2026-11-26',
      to: '2026-11-26',
      exportReason: '月度服务质量复核',
    })
    expect(dayBefore).toMatchObject({ ok: true, data: { rows: 0 } })
    const log = await admin({ action: 'listAudit' })
    expect(log.ok && log.data.items.filter((e: { action: string }) => e.action === 'admin.exportOrders')).toHaveLength(
      2,
    )
  })

  it('asks the manager why: no reason, no file; the reason is kept in the audit log with the export', async () => {
    await dayOfOrders()
    const refused = await admin({ action: 'exportOrders', from: '2026-11-27', to: '2026-11-27' })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { exportReason: [expect.stringContaining('导出原因')] } },
    })
    expect(refused.ok || 'csv' in (refused as object)).toBe(false)
    await admin({ action: 'exportOrders', from: '2026-11-27', to: '2026-11-27', exportReason: '物业公司季度审计抽查' })
    const log = await admin({ action: 'listAudit' })
    const exports = log.ok ? log.data.items.filter((e: { action: string }) => e.action === 'admin.exportOrders') : []
    expect(exports).toHaveLength(1)
    expect(exports[0].input).toMatchObject({ exportReason: '物业公司季度审计抽查' })
  })

  it('refuses a backwards or overlong range', async () => {
    expect(
      await admin({ action: 'exportOrders', from: '2026-11-27', to: '2026-11-01', exportReason: '月度服务质量复核' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { to: ['结束日期不能早于开始日期'] } },
    })
    expect(
      await admin({ action: 'exportOrders', from: '2026-01-01', to: '2026-06-30', exportReason: '月度服务质量复核' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { to: ['一次最多导出 92 天'] } },
    })
    expect(
      await admin({ action: 'exportOrders', from: '2026-02-30', to: '2026-03-01', exportReason: '月度服务质量复核' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
  })
})
