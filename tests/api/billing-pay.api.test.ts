import type { Bill } from '@core/billing/bill'
import type { PaymentOrder } from '@core/billing/payment-order'
import type { TestHost } from '../support/test-host'
import {
  asManager,
  gatewayRefusesOnce,
  openPayment,
  simulatePayment,
  startBilledHost,
  storedBill,
  storedOrder,
  unpaidBillIds,
} from './support/billing-fixtures'

let host: TestHost
let mine: string[]
beforeEach(async () => {
  ;({ host, mine } = await startBilledHost())
})
afterEach(() => host.stop())

const pendingOrders = () =>
  host.runtime.store.collection('payOrders').find({ where: { status: 'pending' }, limit: 100 })

describe('a resident sees and pays only the bills of their own unit', () => {
  it('lists only their unit’s bills', async () => {
    expect(mine).toHaveLength(2)
    const theirs = await host.call('resident-2', 'billing', { action: 'list' })
    expect(theirs.ok && theirs.data.items.every((b: Bill) => b.unitId === '2-202')).toBe(true)
    expect(theirs.ok && theirs.data.items.some((b: Bill) => mine.includes(b.id))).toBe(false)
  })

  it('cannot pay a neighbour’s bill, even mixed with their own, and nothing is written', async () => {
    const neighbours = await unpaidBillIds(host, 'resident-2')
    const before = await Promise.all([...mine, ...neighbours].map((id) => storedBill(host, id)))
    for (const billIds of [neighbours, [mine[0]!, neighbours[0]!]]) {
      expect(await host.call('resident-1', 'billing', { action: 'pay', billIds })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    }
    expect(await Promise.all([...mine, ...neighbours].map((id) => storedBill(host, id)))).toEqual(before)
    expect(await pendingOrders()).toEqual([])
  })

  it('staff and strangers can neither list nor pay bills', async () => {
    for (const who of ['staff-1', 'guard-1', 'stranger']) {
      expect(await host.call(who, 'billing', { action: 'list' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
      expect(await host.call(who, 'billing', { action: 'pay', billIds: mine })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
  })
})

describe('one payment order per bill at a time', () => {
  it('pays several bills in one order for their exact total, with parameters for requestPayment', async () => {
    const reply = await host.call('resident-1', 'billing', { action: 'pay', billIds: mine })
    expect(reply).toMatchObject({
      ok: true,
      data: {
        order: { status: 'pending', unitId: '1-101', payerOpenid: 'resident-1' },
        payment: {
          timeStamp: expect.any(String),
          nonceStr: expect.any(String),
          package: expect.stringMatching(/^prepay_id=/),
          signType: 'MD5',
        },
      },
    })
    if (!reply.ok) return
    const bills = await Promise.all(mine.map((id) => storedBill(host, id)))
    expect(reply.data.order.amount).toBe(bills.reduce((sum, b) => sum + b!.amount, 0))
    expect(bills.every((b) => b!.lock?.orderId === reply.data.order.id)).toBe(true)
  })

  it('a bill in an open order cannot go in a second one; asking again for the same bills resumes the first', async () => {
    const first = await openPayment(host, 'resident-1', mine)
    expect(await host.call('resident-1', 'billing', { action: 'pay', billIds: [mine[1]!] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await openPayment(host, 'resident-1', [...mine].reverse())).toBe(first)
    expect((await pendingOrders()).map((o) => o.id)).toEqual([first])
  })

  it('concurrent requests over overlapping bills leave no bill half-held', async () => {
    const orders = [mine, [...mine].reverse(), [mine[0]!], [mine[1]!]]
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        host.call('resident-1', 'billing', { action: 'pay', billIds: orders[i % 4] }),
      ),
    )
    const won = new Set(replies.flatMap((r) => (r.ok ? [r.data.order.id] : [])))
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'CONFLICT')).toBe(true)
    // Every bill is held by nothing or by an order that exists, is pending and lists it.
    for (const id of mine) {
      const bill = (await storedBill(host, id))!
      if (bill.lock === null) continue
      const holder = await storedOrder(host, bill.lock.orderId)
      expect(holder?.status).toBe('pending')
      expect(holder?.items.map((i) => i.billId)).toContain(id)
      expect(won.has(bill.lock.orderId)).toBe(true)
    }
    expect((await pendingOrders()).map((o) => o.id).sort()).toEqual([...won].sort())
  })

  it('a gateway refusal closes the order and frees its bills', async () => {
    gatewayRefusesOnce(host, 'prepay')
    expect(await host.call('resident-1', 'billing', { action: 'pay', billIds: mine })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
    expect((await Promise.all(mine.map((id) => storedBill(host, id)))).every((b) => b!.lock === null)).toBe(true)
    expect(await pendingOrders()).toEqual([])
    expect(await openPayment(host, 'resident-1', mine)).toEqual(expect.any(String))
  })

  it('an unpaid order expires: its bills go into a new order and the old one can no longer be paid', async () => {
    const stale = await openPayment(host, 'resident-1', mine)
    await host.advanceMinutes(21)
    const fresh = await openPayment(host, 'resident-1', [mine[0]!])
    expect(fresh).not.toBe(stale)
    expect(await simulatePayment(host, stale)).toMatchObject({ status: 409 })
    const orders = await asManager(host, { action: 'orders' })
    expect(orders.items.find((o: { id: string }) => o.id === stale)).toMatchObject({
      status: 'pending',
      displayStatus: 'expired',
    })
    const listed = await host.call('resident-1', 'billing', { action: 'list' })
    expect(listed.ok && listed.data.openOrders.map((o: PaymentOrder) => o.id)).toEqual([fresh])
  })

  it('the payer may cancel an open order: it is closed at the gateway and its bills are free', async () => {
    const order = await openPayment(host, 'resident-1', mine)
    expect(await host.call('resident-2', 'billing', { action: 'cancelOrder', orderId: order })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await host.call('resident-1', 'billing', { action: 'cancelOrder', orderId: order })).toMatchObject({
      ok: true,
      data: { status: 'closed' },
    })
    expect(await simulatePayment(host, order)).toMatchObject({ status: 409 })
    expect(await openPayment(host, 'resident-1', [mine[0]!])).not.toBe(order)
  })

  it('a paid bill cannot be paid again', async () => {
    await simulatePayment(host, await openPayment(host, 'resident-1', mine))
    expect(await host.call('resident-1', 'billing', { action: 'pay', billIds: [mine[0]!] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })
})
