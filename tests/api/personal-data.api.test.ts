import type { Bill } from '@core/billing/bill'
import type { Envelope } from '@core/shared/envelope'
import type { WorkOrder } from '@core/repair/work-order'
import type { VisitorPass } from '@core/visitor/visitor-pass'
import { ERASED_NAME, ERASED_TEXT } from '@server/privacy/personal-data'
import { SIMULATED_PHONE_CODE, simulatedNumberOf } from '@server/phone/simulated-phone-number'
import { LEAVE_CONFIRMATION } from '@server/privacy/privacy.function'
import { openPayment, simulatePayment, startBilledHost } from './support/billing-fixtures'
import type { TestHost } from '../support/test-host'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

let host: TestHost
let mine: string[]
beforeEach(async () => {
  ;({ host, mine } = await startBilledHost())
})
afterEach(() => host.stop())

function dataOf<T = any>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error))
  return envelope.data
}

async function upload(openid: string): Promise<string> {
  const response = await fetch(`${host.url}/api/files`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${await host.login(openid)}` },
    body: new Uint8Array(PNG),
  })
  return ((await response.json()) as { fileId: string }).fileId
}

const now = () => '2026-11-20T03:00:00.000Z'
const passFor = (openid: string, visitorName: string) =>
  host.call(openid, 'visitor', {
    action: 'create',
    visitorName,
    visitorPhone: '13812340001',
    validFrom: now(),
    validUntil: '2026-11-20T08:00:00.000Z',
    maxEntries: 1,
  })

/** Two households with an order, a pass, a paid bill and messages each. */
async function twoHouseholds() {
  const photo = await upload('resident-1')
  const order = dataOf<WorkOrder>(
    await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '王女士家厨房漏水',
      photos: [photo],
    }),
  )
  const theirs = dataOf<WorkOrder>(
    await host.call('resident-2', 'repair', { action: 'create', category: 'electrical', description: '陈先生家跳闸' }),
  )
  // Accepting each order sends each household a message.
  for (const id of [order.id, theirs.id]) dataOf(await host.call('staff-1', 'repair', { action: 'accept', id }))
  const pass = dataOf<VisitorPass>(await passFor('resident-1', '张三'))
  dataOf(await passFor('resident-2', '李四'))
  await simulatePayment(host, await openPayment(host, 'resident-1', mine))
  return { order, pass, photo }
}

describe('a resident sees and exports what the estate holds about them', () => {
  it('the export has their orders, passes, bills, receipts and messages, and nothing of another household', async () => {
    const { order, pass } = await twoHouseholds()
    const file = dataOf<{ filename: string; json: string }>(
      await host.call('resident-1', 'privacy', { action: 'exportMyData' }),
    )
    expect(file.filename).toMatch(/^linli-personal-data-\d{4}-\d{2}-\d{2}\.json$/)
    const exported = JSON.parse(file.json)
    expect(exported.person).toMatchObject({
      openid: 'resident-1',
      name: '王女士',
      unitId: '1-101',
      phone: '13800000001',
    })
    expect(exported.orders.map((o: WorkOrder) => o.id)).toEqual([order.id])
    expect(exported.passes.map((p: VisitorPass) => p.id)).toEqual([pass.id])
    expect(exported.bills.map((b: Bill) => b.id).sort()).toEqual([...mine].sort())
    expect(exported.receipts).toHaveLength(1)
    expect(exported.messages.length).toBeGreaterThan(0)
    expect(exported.messages.every((m: { toOpenid: string }) => m.toOpenid === 'resident-1')).toBe(true)
    for (const foreign of ['resident-2', '陈先生', '2-202', '李四', '跳闸']) expect(file.json).not.toContain(foreign)

    // The screen's view is the same data.
    const view = dataOf(await host.call('resident-1', 'privacy', { action: 'myData' }))
    expect(view.orders).toHaveLength(1)
    expect(await host.call('admin-1', 'privacy', { action: 'myData' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('leaving with deletion', () => {
  it('needs the typed confirmation; nothing changes without it', async () => {
    await twoHouseholds()
    const refused = await host.call('resident-1', 'privacy', { action: 'leave', confirm: '好的', erase: true })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { confirm: expect.any(Array) } },
    })
    expect(dataOf(await host.call('resident-1', 'me', { action: 'profile' }))).toMatchObject({ bound: true })
  })

  it('anonymises their personal fields and deletes photos and messages; bills and receipts remain', async () => {
    const { order, pass, photo } = await twoHouseholds()
    const left = dataOf(
      await host.call('resident-1', 'privacy', { action: 'leave', confirm: LEAVE_CONFIRMATION, erase: true }),
    )
    expect(left).toMatchObject({ left: true, erased: { orders: 1, passes: 1, photos: 1 } })

    // They are a guest now.
    expect(dataOf(await host.call('resident-1', 'me', { action: 'profile' }))).toMatchObject({
      bound: false,
      role: 'guest',
    })

    const stored = await host.store.collection('workOrders').get(order.id)
    expect(stored).toMatchObject({ residentName: ERASED_NAME, description: ERASED_TEXT, photos: [] })
    const storedPass = await host.store.collection('visitorPasses').get(pass.id)
    expect(storedPass).toMatchObject({ residentName: ERASED_NAME, visitorName: ERASED_NAME, visitorPhone: '' })
    expect(await host.store.collection('inbox').count({ toOpenid: 'resident-1' })).toBe(0)
    expect(await host.store.collection('files').get(photo)).toBeNull()
    expect(JSON.stringify(dataOf(await host.call('admin-1', 'repair', { action: 'get', id: order.id })))).not.toContain(
      '王女士',
    )

    // Accounts are kept: the household's bills and the receipt of what was paid.
    const bills = await host.store.collection('bills').find({ where: { unitId: '1-101' }, limit: 100 })
    expect(bills.map((b) => b.id).sort()).toEqual([...mine].sort())
    const receipts = await host.store.collection('receipts').find({ where: { unitId: '1-101' }, limit: 10 })
    expect(receipts).toHaveLength(1)

    // The neighbour's data is untouched.
    const theirs = dataOf(await host.call('resident-2', 'privacy', { action: 'myData' }))
    expect(theirs.orders[0]).toMatchObject({ residentName: '陈先生', description: '陈先生家跳闸' })
  })
})

describe('the nightly retention run', () => {
  it('a former resident unbound by a manager is anonymised once the retention period has passed, not before', async () => {
    const { order } = await twoHouseholds()
    dataOf(await host.call('admin-1', 'admin', { action: 'unbind', openid: 'resident-1' }))
    dataOf(await host.call('admin-1', 'privacy', { action: 'updateRetention', photoMonths: 6, formerResidentDays: 30 }))
    const storedName = async () => (await host.store.collection('workOrders').get(order.id))?.residentName

    await host.advanceMinutes(29 * 24 * 60)
    expect(dataOf(await host.fireTimer('privacy'))).toMatchObject({ residentsAnonymised: 0 })
    expect(await storedName()).toBe('王女士')

    await host.advanceMinutes(2 * 24 * 60)
    expect(dataOf(await host.fireTimer('privacy'))).toMatchObject({ residentsAnonymised: 1 })
    expect(await storedName()).toBe(ERASED_NAME)
    // Idempotent: nothing left to do the next night.
    expect(dataOf(await host.fireTimer('privacy'))).toMatchObject({ residentsAnonymised: 0 })
  })

  it('photos of a closed repair are deleted after the configured months', async () => {
    const { order, photo } = await twoHouseholds()
    const stored = host.store.collection('workOrders')
    const current = (await stored.get(order.id))!
    await stored.replace({ ...current, status: 'closed', closedAt: '2026-11-20T04:00:00.000Z' })
    dataOf(
      await host.call('admin-1', 'privacy', { action: 'updateRetention', photoMonths: 1, formerResidentDays: 1095 }),
    )

    await host.advanceMinutes(20 * 24 * 60)
    expect(dataOf(await host.fireTimer('privacy'))).toMatchObject({ photosRemoved: 0 })
    await host.advanceMinutes(15 * 24 * 60)
    expect(dataOf(await host.fireTimer('privacy'))).toMatchObject({ photosRemoved: 1 })
    expect((await stored.get(order.id))?.photos).toEqual([])
    expect(await host.store.collection('files').get(photo)).toBeNull()
  })
})

describe('a verified phone number from WeChat’s button (simulated exchange locally)', () => {
  it('is stored as the resident’s verified number, shown in full to them and managers, never to staff', async () => {
    const { order } = await twoHouseholds()
    const expected = simulatedNumberOf('resident-1')
    expect(expected).toMatch(/^177\d{8}$/)
    expect(await host.call('resident-1', 'privacy', { action: 'verifyPhone', code: 'forged' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { code: expect.any(Array) } },
    })
    const verified = await host.call('resident-1', 'privacy', { action: 'verifyPhone', code: SIMULATED_PHONE_CODE })
    expect(verified).toEqual({ ok: true, data: { phone: expected, verified: true } })

    const mineNow = dataOf(await host.call('resident-1', 'privacy', { action: 'myData' }))
    expect(mineNow.person).toMatchObject({ phone: expected, phoneVerified: true })
    const residents = dataOf(await host.call('admin-1', 'admin', { action: 'listResidents' }))
    expect(JSON.stringify(residents)).toContain(expected)
    const staffView = JSON.stringify(dataOf(await host.call('staff-1', 'repair', { action: 'get', id: order.id })))
    expect(staffView).not.toContain(expected)
    expect(staffView).not.toContain(expected.slice(3, 7))
  })
})
