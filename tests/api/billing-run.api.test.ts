import type { Bill } from '@core/billing/bill'
import type { TestHost } from '../support/test-host'
import {
  asManager,
  expectIntegerMoney,
  PARKING_RATE,
  PERIOD,
  setArea,
  startBillingHost,
} from './support/billing-fixtures'

let host: TestHost
beforeEach(async () => {
  host = await startBillingHost()
})
afterEach(() => host.stop())

const allBills = () => host.runtime.store.collection('bills').find({ where: { period: PERIOD }, limit: 1000 })

describe('a bill run', () => {
  it('raises one bill per unit and fee item, and running it twice creates nothing new', async () => {
    // 36 demo units pay the property fee; two of them also rent a parking space.
    const first = await asManager(host, { action: 'run', period: PERIOD })
    expect(first).toMatchObject({ period: PERIOD, dueDate: '2026-11-30', created: 38, existing: 0 })
    const before = await allBills()

    const second = await asManager(host, { action: 'run', period: PERIOD })
    expect(second).toMatchObject({ created: 0, existing: 38, createdAmount: 0 })
    expect(await allBills()).toEqual(before)
  })

  it('overlapping runs of one period still leave exactly one set of bills', async () => {
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => host.call('admin-1', 'billing', { action: 'run', period: PERIOD })),
    )
    expect(runs.every((r) => r.ok)).toBe(true)
    expect(runs.reduce((sum, r) => sum + (r.ok ? r.data.created : 0), 0)).toBe(38)
    expect(await allBills()).toHaveLength(38)
  })

  it('a unit added after the run is billed by running the period again, and only it', async () => {
    await asManager(host, { action: 'run', period: PERIOD })
    await host.runtime.store
      .collection('units')
      .insert({ id: '3-701', version: 0, building: '3', number: '701', floor: 7, areaM2: 100 })
    expect(await asManager(host, { action: 'run', period: PERIOD, dueDate: '2026-12-10' })).toMatchObject({
      created: 1,
      existing: 38,
    })
    const added = await host.runtime.store.collection('bills').find({ where: { unitId: '3-701' }, limit: 10 })
    expect(added).toEqual([expect.objectContaining({ itemName: '物业费', dueDate: '2026-12-10', amount: 28_500 })])
  })

  it('only managers raise bills or edit fee items', async () => {
    expect(await host.call('resident-1', 'billing', { action: 'run', period: PERIOD })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(
      await host.call('staff-1', 'billing', { action: 'saveItem', name: 'x', kind: 'monthly', rateFen: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('a one-off item is charged by the run of its own period only', async () => {
    await asManager(host, {
      action: 'saveItem',
      name: '电梯维修分摊',
      kind: 'one_off',
      rateFen: 5_000,
      period: '2026-12',
      unitIds: ['1-101'],
    })
    expect(await asManager(host, { action: 'run', period: PERIOD })).toMatchObject({ created: 38 })
    expect(await asManager(host, { action: 'run', period: '2026-12' })).toMatchObject({ created: 39 })
    expect(await asManager(host, { action: 'run', period: '2027-01' })).toMatchObject({ created: 38 })
  })

  it('refuses fee items whose money is not integer fen', async () => {
    const reply = await host.call('admin-1', 'billing', {
      action: 'saveItem',
      name: '物业费',
      kind: 'per_m2_monthly',
      rateFen: 2.85,
    })
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { rateFen: expect.any(Array) } },
    })
  })
})

describe('amounts are exact in fen', () => {
  it('89.37 m² at 2.85 yuan/m² is 254.70 yuan, and twelve such units total exactly 3056.40 yuan', async () => {
    const building1 = Array.from({ length: 12 }, (_, i) => `1-${Math.floor(i / 2) + 1}0${(i % 2) + 1}`)
    for (const unitId of building1) await setArea(host, unitId, 89.37)
    await asManager(host, { action: 'run', period: PERIOD })

    const mine = await host.call('resident-1', 'billing', { action: 'list' })
    expect(mine.ok).toBe(true)
    if (!mine.ok) return
    expect(mine.data.items.map((b: Bill) => [b.itemName, b.amount])).toEqual(
      expect.arrayContaining([
        ['物业费', 25_470],
        ['车位管理费', PARKING_RATE],
      ]),
    )
    expect(mine.data.totals.unpaid).toEqual({ count: 2, amount: 25_470 + PARKING_RATE })

    const report = await asManager(host, { action: 'collection', period: PERIOD })
    const row = report.rows.find((r: { building: string }) => r.building === '1')
    // 12 × 25 470 + one parking space, with no rounding drift.
    expect(row).toMatchObject({ bills: 13, billed: 12 * 25_470 + PARKING_RATE, collected: 0, rateBp: 0 })
    expectIntegerMoney(report)
    expectIntegerMoney(mine.data)
  })
})
