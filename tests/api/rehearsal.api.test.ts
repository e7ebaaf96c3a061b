import type { WorkOrder } from '@core/repair/work-order'
import { startTestHost, type TestHost } from '../support/test-host'

// 10:00 on Friday 27 November 2026 in Shanghai.
const NOW = '2026-11-27T02:00:00.000Z'
const plan = {
  workers: 4,
  shifts: [
    { from: '08:00', to: '17:00' },
    { from: '11:00', to: '20:00' },
  ],
  promises: { response: 30, resolution: 720 },
}

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: NOW })
})
afterEach(() => host.stop())

const rehearse = (openid: string, event: Record<string, unknown>): Promise<any> =>
  host.call(openid, 'rehearsal', { action: 'rehearse', ...event })

/** 45 evening plumbing reports in the last 90 days, one in three urgent: a shape unlike the model's. */
async function seedEveningPlumbing(): Promise<void> {
  const created = await host.call('resident-1', 'repair', {
    action: 'create',
    category: 'plumbing',
    description: '漏水',
  })
  if (!created.ok) throw new Error(created.error.message)
  const template = (await host.store.collection('workOrders').get(created.data.id)) as WorkOrder
  const orders = Array.from({ length: 45 }, (_, i) => {
    // Day i*2 back, at 20:00-20:59 Shanghai (12:xx UTC).
    const createdAt = new Date(Date.parse(NOW) - (i * 2 + 1) * 86_400_000 + 10 * 3_600_000 + i * 60_000).toISOString()
    return { ...template, id: `past-${i}`, createdAt, priority: i % 3 === 0 ? 'urgent' : 'normal' } as WorkOrder
  })
  await host.store.collection('workOrders').insertMany(orders)
}

describe('the console’s rehearsal (rehearsal.rehearse)', () => {
  it("derives the traffic from the estate's own orders of the last 90 days", async () => {
    await seedEveningPlumbing()
    const reply = await rehearse('admin-1', plan)
    expect(reply.ok).toBe(true)
    // The 45 seeded and the one made through the handler.
    expect(reply.data.basis).toMatchObject({ orders: 46, fromEstate: true, historyDays: 90 })
    expect(reply.data.basis.perDay).toBeCloseTo(46 / 90, 1)
    const { current, proposed } = reply.data
    expect(proposed).toMatchObject({ workers: 4, promises: { response: 30, resolution: 720 } })
    // About half a report a day for a month: the estate's volume, not the 2,000-home model's ~10 a day.
    expect(proposed.figures.orders).toBeGreaterThan(5)
    expect(proposed.figures.orders).toBeLessThan(40)
    expect(current.figures.orders).toBe(proposed.figures.orders)
  })

  it('falls back to the typical estate when the estate has too few orders, and says so', async () => {
    const reply = await rehearse('admin-1', plan)
    expect(reply.ok).toBe(true)
    expect(reply.data.basis).toMatchObject({ fromEstate: false, minOrders: 30, units: 2000 })
    expect(reply.data.basis.orders).toBeLessThan(30)
    expect(reply.data.proposed.figures.orders).toBeGreaterThan(200)
  })

  it("shows another estate's manager only their own estate's traffic", async () => {
    await seedEveningPlumbing()
    const mine = await rehearse('admin-1', plan)
    const theirs = await rehearse('admin-2', plan)
    expect(mine.data.basis.fromEstate).toBe(true)
    expect(theirs.ok).toBe(true)
    expect(theirs.data.basis).toMatchObject({ orders: 0, fromEstate: false })
    expect(await rehearse('resident-1', plan)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses impossible staffing with VALIDATION_FAILED and writes nothing', async () => {
    const before = await host.store.collection('auditLog').count({})
    for (const bad of [
      { ...plan, workers: 0 },
      { ...plan, workers: 100 },
      { ...plan, shifts: [{ from: '17:00', to: '08:00' }] },
      { ...plan, promises: { response: 60, resolution: 30 } },
    ]) {
      expect(await rehearse('admin-1', bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    }
    await rehearse('admin-1', plan)
    expect(await host.store.collection('auditLog').count({})).toBe(before)
  })

  it('gives the same figures for one seed, and different ones for more workers', async () => {
    await seedEveningPlumbing()
    const first = await rehearse('admin-1', { ...plan, seed: 3 })
    const again = await rehearse('admin-1', { ...plan, seed: 3 })
    expect(again.data).toEqual(first.data)
    const one = await rehearse('admin-1', { ...plan, workers: 1, seed: 3 })
    expect(one.data.proposed.figures.response.wall.mean).not.toEqual(first.data.proposed.figures.response.wall.mean)
  })
})
