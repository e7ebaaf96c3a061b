import type { TestHost } from '../support/test-host'
import {
  asManager,
  expectIntegerMoney,
  openPayment,
  PARKING_RATE,
  PERIOD,
  setArea,
  simulatePayment,
  startBillingHost,
  unpaidBillIds,
} from './support/billing-fixtures'

let host: TestHost
beforeEach(async () => {
  host = await startBillingHost()
  await setArea(host, '1-101', 89.37)
  await asManager(host, { action: 'run', period: PERIOD })
  await simulatePayment(host, await openPayment(host, 'resident-1', await unpaidBillIds(host, 'resident-1')))
})
afterEach(() => host.stop())

/** 2026-12-01 10:00 in Shanghai: November's bills (due 11-30) are one day overdue. */
const DECEMBER_FIRST = '2026-12-01T02:00:00.000Z'

const inboxOf = (openid: string) => host.call(openid, 'inbox', { action: 'list' })

describe('collection rate', () => {
  it('is reported per building and in total, in integer fen and basis points', async () => {
    const report = await asManager(host, { action: 'collection', period: PERIOD })
    const building1 = report.rows.find((r: { building: string }) => r.building === '1')
    // Building 1: 12 property fees (1-101 at 89.37 m² = 25 470 fen) and one parking space; 1-101 paid both.
    expect(building1).toMatchObject({ bills: 13, paidBills: 2, collected: 25_470 + PARKING_RATE })
    expect(building1.rateBp).toBe(Math.floor(((25_470 + PARKING_RATE) * 10_000) / building1.billed))
    expect(report.rows.map((r: { building: string }) => r.building)).toEqual(['1', '2', '3'])
    expect(report.total).toMatchObject({ building: 'all', bills: 38, paidBills: 2 })
    expectIntegerMoney(report)
  })
})

describe('arrears', () => {
  it('are the unpaid bills past their due date, listed and exported as CSV', async () => {
    expect(await asManager(host, { action: 'arrears' })).toMatchObject({ items: [], total: 0, units: 0 })
    await host.post('/api/dev/clock', { set: DECEMBER_FIRST })

    const all = await asManager(host, { action: 'arrears' })
    expect(all).toMatchObject({ today: '2026-12-01', units: 35 })
    expect(all.items.some((b: { unitId: string }) => b.unitId === '1-101')).toBe(false)
    expect(all.items[0]).toMatchObject({ unitId: '1-102', daysOverdue: 1 })
    expectIntegerMoney(all)

    const building2 = await asManager(host, { action: 'exportArrears', building: '2', exportReason: '催缴二号楼欠费' })
    expect(building2.filename).toBe('欠费清单-2号楼-2026-12-01.csv')
    const lines = building2.csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe('房号,楼栋,费用项目,账期,金额（元）,到期日,逾期天数')
    expect(lines).toContain('2-202,2,车位管理费,2026-11,300.00,2026-11-30,1')
    expect(lines).toHaveLength(1 + 12 + 1)
  })

  it('residents cannot read the arrears list', async () => {
    expect(await host.call('resident-2', 'billing', { action: 'arrears' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('the resident’s own list marks overdue bills and totals them', async () => {
    await host.post('/api/dev/clock', { set: DECEMBER_FIRST })
    const theirs = await host.call('resident-2', 'billing', { action: 'list', status: 'overdue' })
    expect(theirs).toMatchObject({
      ok: true,
      data: { totals: { overdue: { count: 2 }, paid: { count: 0, amount: 0 } } },
    })
    expect(theirs.ok && theirs.data.items.every((b: { overdue: boolean }) => b.overdue)).toBe(true)
  })
})

describe('arrears reminders', () => {
  it('reach each household in arrears by inbox, at most once per bill per week', async () => {
    expect(await host.fireTimer('billing')).toMatchObject({ ok: true, data: { bills: 0 } })
    await host.post('/api/dev/clock', { set: DECEMBER_FIRST })

    // 35 units owe; 2-202 is the only one with a resident to tell.
    expect(await host.fireTimer('billing')).toMatchObject({ ok: true, data: { bills: 36, units: 35, messages: 1 } })
    const inbox = await inboxOf('resident-2')
    expect(inbox).toMatchObject({
      ok: true,
      data: { items: [{ kind: 'billing_arrears', title: '物业费欠费提醒', ref: { type: 'bills', id: '2-202' } }] },
    })
    expect(inbox.ok && inbox.data.items[0].body).toContain('2 笔')
    expect(await inboxOf('resident-1')).toMatchObject({ ok: true, data: { items: [] } })

    await host.advanceMinutes(6 * 24 * 60)
    expect(await asManager(host, { action: 'remind' })).toMatchObject({ bills: 0, messages: 0 })
    await host.advanceMinutes(24 * 60)
    expect(await host.fireTimer('billing')).toMatchObject({ ok: true, data: { bills: 36, messages: 1 } })
    expect(await inboxOf('resident-2')).toMatchObject({ ok: true, data: { items: [{}, {}] } })
  })

  it('also send a subscribe message to a resident who consented to one', async () => {
    await host.call('resident-2', 'inbox', { action: 'consent', results: { 'local-bill-reminder': 'accept' } })
    await host.post('/api/dev/clock', { set: DECEMBER_FIRST })
    await host.fireTimer('billing')
    expect(await host.store.collection('outbox').find({ where: {}, limit: 10 })).toEqual([
      expect.objectContaining({
        toOpenid: 'resident-2',
        templateId: 'local-bill-reminder',
        data: {
          thing1: { value: '2-202 物业费欠费 2 笔' },
          amount2: { value: '553.65元' },
          date3: { value: '2026年11月30日' },
        },
      }),
    ])
  })

  it('overlapping runs still remind about each bill once', async () => {
    await host.post('/api/dev/clock', { set: DECEMBER_FIRST })
    const runs = await Promise.all([
      host.fireTimer('billing'),
      host.fireTimer('billing'),
      asManager(host, { action: 'remind' }),
    ])
    const reports = [runs[0].data, runs[1].data, runs[2]]
    expect(reports.reduce((sum, r) => sum + r.bills, 0)).toBe(36)
    expect(reports.reduce((sum, r) => sum + r.messages, 0)).toBe(1)
  })
})
