import { COMPANY_ADMIN_OPENID, DEMO_ESTATE_ID, SECOND_ESTATE_ID } from '@server/local/seed'
import { startTestHost, type TestHost } from '../support/test-host'

/** Head office across two estates: figures of both, no resident's personal data unless appointed. */

let host: TestHost
beforeAll(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: '2026-11-26T02:00:00.000Z' }) // 10:00 in Shanghai
})
afterAll(() => host.stop())

const company = (event: Record<string, unknown>) => host.call(COMPANY_ADMIN_OPENID, 'admin', event)

async function finishedJob(resident: string, worker: string | null, rating: number) {
  const created = await host.call(resident, 'repair', {
    action: 'create',
    category: 'plumbing',
    priority: 'normal',
    description: '水管漏水',
  })
  if (!created.ok) throw new Error(created.error.message)
  const id = created.data.id
  if (worker === null) return id
  await host.advanceMinutes(10)
  for (const action of ['accept', 'start', 'complete']) await host.call(worker, 'repair', { action, id })
  await host.call(resident, 'repair', { action: 'confirm', id, rating })
  return id
}

describe('the company admin', () => {
  beforeAll(async () => {
    await finishedJob('resident-1', 'staff-1', 5)
    await finishedJob('resident-2', 'staff-2', 3)
    // Estate B has no worker: its manager appoints one with an invite.
    const invite = await host.call('admin-2', 'admin', { action: 'createInvite', kind: 'staff', role: 'maintenance' })
    if (!invite.ok) throw new Error(invite.error.message)
    await host.call('worker-b', 'me', {
      action: 'redeemInvite',
      code: invite.data.id,
      name: '钱师傅',
      phone: '13900000299',
    })
    await finishedJob('resident-3', 'worker-b', 4)
    await finishedJob('resident-3', null, 0)
  })

  it('compares every estate: orders, response, resolution, on-time share, satisfaction, collection, repeats', async () => {
    const figures = await company({ action: 'compareEstates', range: '7d' })
    if (!figures.ok) throw new Error(figures.error.message)
    const byId = Object.fromEntries(figures.data.items.map((f: { id: string }) => [f.id, f]))
    expect(byId[DEMO_ESTATE_ID]).toMatchObject({ orders: 2, satisfaction: 4, onTimeRate: 1, repeatRate: 0 })
    expect(byId[SECOND_ESTATE_ID]).toMatchObject({ name: '湖畔苑', city: '杭州', orders: 2, satisfaction: 4 })
    expect(byId[DEMO_ESTATE_ID].responseMinutes).toBe(10)
    // Aggregates only: no person, phone or unit of either estate.
    const text = JSON.stringify(figures)
    for (const secret of ['13800000001', '13800000203', '1-101', 'resident-', '王女士', '周女士']) {
      expect(text).not.toContain(secret)
    }
  })

  it("reads no estate's residents or their phones, and managers of an estate cannot compare estates", async () => {
    expect(await company({ action: 'listResidents' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await host.call('admin-1', 'admin', { action: 'compareEstates' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    await host.call(COMPANY_ADMIN_OPENID, 'me', { action: 'switchEstate', estateId: SECOND_ESTATE_ID })
    expect(await company({ action: 'listResidents' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const order = await host.call(COMPANY_ADMIN_OPENID, 'repair', { action: 'list', scope: 'all' })
    expect(order).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it("appointed manager of B, sees B's residents (and their phones), still not A's, and still compares estates", async () => {
    expect(
      await company({
        action: 'appointManager',
        estateId: SECOND_ESTATE_ID,
        openid: COMPANY_ADMIN_OPENID,
        name: '总部',
        phone: '13900000900',
      }),
    ).toMatchObject({ ok: true })
    await host.call(COMPANY_ADMIN_OPENID, 'me', { action: 'switchEstate', estateId: SECOND_ESTATE_ID })
    const residents = await company({ action: 'listResidents' })
    expect(JSON.stringify(residents)).toContain('13800000203')
    expect(JSON.stringify(residents)).not.toContain('13800000001')
    expect(await company({ action: 'compareEstates' })).toMatchObject({ ok: true })
    await host.call(COMPANY_ADMIN_OPENID, 'me', { action: 'switchEstate', estateId: DEMO_ESTATE_ID })
    expect(await company({ action: 'listResidents' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('creates an estate with its own hours, which the picker then lists', async () => {
    const created = await company({
      action: 'createEstate',
      id: 'maple-court',
      name: '枫林苑',
      city: '杭州',
      opensAt: '07:30',
      closesAt: '19:00',
    })
    expect(created).toMatchObject({ ok: true, data: { id: 'maple-court', name: '枫林苑' } })
    expect(await company({ action: 'createEstate', id: 'maple-court', name: '枫林苑', city: '杭州' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    const picker = await host.call('someone-new', 'me', { action: 'estates', city: '杭州' })
    expect(picker.ok && picker.data.items.map((e: { name: string }) => e.name).sort()).toEqual(
      ['枫林苑', '湖畔苑'].sort(),
    )
    expect(
      await host.call('admin-1', 'admin', { action: 'createEstate', id: 'x-y', name: 'x', city: 'y' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
