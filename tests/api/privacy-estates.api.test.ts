import type { Bill } from '@core/billing/bill'
import type { Envelope } from '@core/shared/envelope'
import type { WorkOrder } from '@core/repair/work-order'
import { REVIEW_IMAGE_MARKER, RISKY_IMAGE_MARKER } from '@server/content/local-content-security'
import { SECOND_ESTATE_ID } from '@server/local/seed'
import { ERASED_NAME } from '@server/privacy/personal-data'
import { LEAVE_CONFIRMATION } from '@server/privacy/privacy.function'
import { startBilledHost } from './support/billing-fixtures'
import type { TestHost } from '../support/test-host'

/**
 * Privacy on a deployment of two estates. resident-1 (estate A) and resident-3 (estate B) both
 * live in a unit numbered 1-101: what one estate holds must never reach the other's export,
 * erasure, photo review or retention run.
 */

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

let host: TestHost
beforeEach(async () => {
  ;({ host } = await startBilledHost())
})
afterEach(() => host.stop())

function dataOf<T = any>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error))
  return envelope.data
}

async function upload(openid: string, marker = ''): Promise<string> {
  const response = await fetch(`${host.url}/api/files`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${await host.login(openid)}` },
    body: new Uint8Array(Buffer.concat([PNG, Buffer.from(marker, 'latin1')])),
  })
  return ((await response.json()) as { fileId: string }).fileId
}

const repair = async (openid: string, description: string, photos: string[] = []) =>
  dataOf<WorkOrder>(await host.call(openid, 'repair', { action: 'create', category: 'plumbing', description, photos }))

const photosSeenBy = async (openid: string, id: string) =>
  dataOf<{ photos: string[] }>(await host.call(openid, 'repair', { action: 'get', id })).photos

const estateB = () => host.runtime.store.forEstate(SECOND_ESTATE_ID)

/** Both 1-101 households: an order each, and B's November bills raised by B's manager. */
async function twoEstates() {
  const inA = await repair('resident-1', '王女士家厨房漏水')
  const inB = await repair('resident-3', '周女士家卫生间堵了')
  dataOf(await host.call('admin-2', 'billing', { action: 'saveItem', name: '物业费', kind: 'monthly', rateFen: 9_900 }))
  dataOf(await host.call('admin-2', 'billing', { action: 'run', period: '2026-11' }))
  return { inA, inB }
}

describe('held and refused photos stay in their estate', () => {
  it("estate B's manager neither lists nor decides estate A's held photo; each manager reviews their own", async () => {
    const heldInA = await upload('resident-1', REVIEW_IMAGE_MARKER)
    const orderA = await repair('resident-1', '墙面渗水', [heldInA])
    const heldInB = await upload('resident-3', REVIEW_IMAGE_MARKER)
    const orderB = await repair('resident-3', '阳台渗水', [heldInB])
    // The pushed verdicts name no estate; each lands on its own estate's check.
    expect((await host.post('/api/dev/content/deliver', {})).body).toEqual({ delivered: 2 })
    expect(await photosSeenBy('resident-1', orderA.id)).toEqual([])
    expect(await photosSeenBy('resident-3', orderB.id)).toEqual([])

    const heldIds = async (manager: string) =>
      dataOf<{ items: { id: string }[] }>(await host.call(manager, 'contentCheck', { action: 'held' })).items.map(
        (item) => item.id,
      )
    expect(await heldIds('admin-1')).toEqual([heldInA])
    expect(await heldIds('admin-2')).toEqual([heldInB])
    expect(
      await host.call('admin-2', 'contentCheck', { action: 'decide', fileId: heldInA, release: true }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // Still held in A: B's attempt changed nothing.
    expect(await heldIds('admin-1')).toEqual([heldInA])
    expect(await photosSeenBy('resident-1', orderA.id)).toEqual([])

    dataOf(await host.call('admin-2', 'contentCheck', { action: 'decide', fileId: heldInB, release: true }))
    expect(await photosSeenBy('resident-3', orderB.id)).toEqual([heldInB])
  })

  it("a refused photo in estate B is hidden there and its uploader told in B's inbox; A's manager cannot fetch it", async () => {
    const risky = await upload('resident-3', RISKY_IMAGE_MARKER)
    const order = await repair('resident-3', '楼道灯坏了', [risky])
    await host.post('/api/dev/content/deliver', {})
    expect(await photosSeenBy('resident-3', order.id)).toEqual([])
    expect(await photosSeenBy('admin-2', order.id)).toEqual([risky])
    const inbox = dataOf(await host.call('resident-3', 'inbox', { action: 'list' }))
    expect(JSON.stringify(inbox)).toContain('照片未通过审核')
    const status = async (openid: string) =>
      (await fetch(`${host.url}/files/${risky}?token=${await host.login(openid)}`)).status
    expect(await status('admin-2')).toBe(200)
    expect(await status('admin-1')).toBe(404)
  })
})

describe("a resident's data rights reach only the estate they act in", () => {
  it("the export of B's 1-101 resident has B's order and bills, none of A's same-numbered unit", async () => {
    const { inA, inB } = await twoEstates()
    const exported = JSON.parse(
      dataOf<{ json: string }>(await host.call('resident-3', 'privacy', { action: 'exportMyData' })).json,
    )
    expect(exported.person).toMatchObject({ openid: 'resident-3', name: '周女士', unitId: '1-101' })
    expect(exported.orders.map((o: WorkOrder) => o.id)).toEqual([inB.id])
    const billsOfB = await estateB()
      .collection('bills')
      .find({ where: { unitId: '1-101' }, limit: 100 })
    expect(billsOfB.length).toBeGreaterThan(0)
    expect(exported.bills.map((b: Bill) => b.id).sort()).toEqual(billsOfB.map((b) => b.id).sort())
    for (const foreign of [inA.id, '王女士', '厨房漏水', '13800000001'])
      expect(JSON.stringify(exported)).not.toContain(foreign)

    // And the other way round.
    const mineInA = dataOf(await host.call('resident-1', 'privacy', { action: 'myData' }))
    expect(mineInA.orders.map((o: WorkOrder) => o.id)).toEqual([inA.id])
    expect(JSON.stringify(mineInA)).not.toContain('周女士')
  })

  it("leaving B with deletion anonymises B's records only; A's 1-101 household keeps its own", async () => {
    const { inA, inB } = await twoEstates()
    dataOf(await host.call('resident-3', 'privacy', { action: 'leave', confirm: LEAVE_CONFIRMATION, erase: true }))
    expect((await estateB().collection('workOrders').get(inB.id))?.residentName).toBe(ERASED_NAME)
    expect(await host.store.collection('workOrders').get(inA.id)).toMatchObject({
      residentName: '王女士',
      description: '王女士家厨房漏水',
    })
    expect(dataOf(await host.call('resident-1', 'me', { action: 'profile' }))).toMatchObject({ bound: true })
  })
})

describe('the nightly retention run visits each estate on its own settings', () => {
  it("B's one-month photo limit removes B's closed repair photos while A's six months keep A's", async () => {
    const photoA = await upload('resident-1')
    const photoB = await upload('resident-3')
    const orders = [
      { store: host.store, order: await repair('resident-1', '厨房漏水', [photoA]) },
      { store: estateB(), order: await repair('resident-3', '卫生间堵了', [photoB]) },
    ]
    for (const { store, order } of orders) {
      const current = (await store.collection('workOrders').get(order.id))!
      await store.collection('workOrders').replace({ ...current, status: 'closed', closedAt: current.createdAt })
    }
    dataOf(
      await host.call('admin-2', 'privacy', { action: 'updateRetention', photoMonths: 1, formerResidentDays: 1095 }),
    )
    await host.advanceMinutes(35 * 24 * 60)
    const run = dataOf(await host.fireTimer('privacy'))
    expect(run).toMatchObject({
      photosRemoved: 1,
      byEstate: { [SECOND_ESTATE_ID]: { photosRemoved: 1 }, linli: { photosRemoved: 0 } },
    })
    expect(await estateB().collection('files').get(photoB)).toBeNull()
    expect(await host.store.collection('files').get(photoA)).not.toBeNull()
    expect(await photosSeenBy('resident-1', orders[0]!.order.id)).toEqual([photoA])
  })
})
