import type { Bill } from '@core/billing/bill'
import type { TestHost } from '../support/test-host'
import {
  asManager,
  expectIntegerMoney,
  gatewayRefusesOnce,
  openPayment,
  simulatePayment,
  startBilledHost,
  storedBill,
  storedOrder,
} from './support/billing-fixtures'

let host: TestHost
let mine: string[]
let orderId: string
beforeEach(async () => {
  ;({ host, mine } = await startBilledHost())
  orderId = await openPayment(host, 'resident-1', mine)
})
afterEach(() => host.stop())

const order = () => storedOrder(host, orderId)
const receipts = () => host.runtime.store.collection('receipts').find({ where: { unitId: '1-101' }, limit: 100 })
const bills = () => Promise.all(mine.map((id) => storedBill(host, id))) as Promise<Bill[]>

describe('the payment callback', () => {
  it('applies 100 concurrent copies of one notification exactly once', async () => {
    const replies = await Promise.all(Array.from({ length: 100 }, () => simulatePayment(host, orderId)))
    expect(replies.every((r) => r.status === 200 && r.body.ok && r.body.data.errcode === 0)).toBe(true)
    expect(replies.filter((r) => r.body.data.applied)).toHaveLength(1)

    const paid = (await order())!
    expect(paid).toMatchObject({ status: 'paid', transactionId: expect.any(String) })
    // Inserted (1), payment parameters kept (2), settled once (3).
    expect(paid.version).toBe(3)
    // Raised (1), held (2), settled once (3).
    expect(await bills()).toEqual(
      mine.map(() => expect.objectContaining({ status: 'paid', paidOrderId: orderId, lock: null, version: 3 })),
    )
    expect(await receipts()).toEqual([
      expect.objectContaining({
        id: orderId,
        orderId,
        amount: paid.amount,
        transactionId: paid.transactionId,
        paidAt: paid.paidAt,
      }),
    ])
  })

  it('answers errcode 0 to a notification it has already applied, and changes nothing', async () => {
    expect((await simulatePayment(host, orderId)).body).toMatchObject({ ok: true, data: { errcode: 0, applied: true } })
    const before = [await order(), await bills(), await receipts()]
    expect((await simulatePayment(host, orderId)).body).toMatchObject({
      ok: true,
      data: { errcode: 0, applied: false },
    })
    expect([await order(), await bills(), await receipts()]).toEqual(before)
  })

  it('applies nothing when the notified amount differs from the order, by a single fen', async () => {
    const amount = (await order())!.amount
    const before = [await order(), await bills()]
    const logged = jest.spyOn(host.runtime.log, 'error')
    const forged = await simulatePayment(host, orderId, { totalFee: amount - 1 })
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'PAYMENT_AMOUNT_MISMATCH' } })
    expect(logged).toHaveBeenCalledWith(
      'payment notification not applied',
      expect.objectContaining({ outTradeNo: orderId, totalFee: amount - 1 }),
    )
    expect([await order(), await bills()]).toEqual(before)
    expect(await receipts()).toEqual([])
    // The genuine notification still applies afterwards.
    expect((await simulatePayment(host, orderId)).body).toMatchObject({ ok: true, data: { applied: true } })
  })

  it('refuses every caller but the payment platform', async () => {
    const forged = {
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: orderId,
      totalFee: 1,
      transactionId: 'x',
      timeEnd: '20261120100000',
    }
    for (const who of ['resident-1', 'admin-1', 'stranger']) {
      expect(await host.call(who, 'payCallback', forged)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect((await host.post('/api/fn/payCallback', forged)).status).toBe(401)
    expect((await order())!.status).toBe('pending')
  })

  it('writes a receipt the household can read and the neighbours cannot', async () => {
    await simulatePayment(host, orderId)
    const listed = await host.call('resident-1', 'billing', { action: 'receipts' })
    expect(listed).toMatchObject({
      ok: true,
      data: { items: [{ id: orderId, unitId: '1-101', number: expect.stringMatching(/^20261120-[0-9A-F]{8}$/) }] },
    })
    if (!listed.ok) return
    const receipt = listed.data.items[0]
    expect(receipt.items.map((i: { billId: string }) => i.billId).sort()).toEqual([...mine].sort())
    expect(receipt.amount).toBe(receipt.items.reduce((sum: number, i: { amount: number }) => sum + i.amount, 0))
    expectIntegerMoney(listed.data)

    expect(await host.call('resident-1', 'billing', { action: 'receipt', id: orderId })).toMatchObject({
      ok: true,
      data: { id: orderId },
    })
    expect(await host.call('resident-2', 'billing', { action: 'receipt', id: orderId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await host.call('admin-1', 'billing', { action: 'receipt', id: orderId })).toMatchObject({ ok: true })
    const paid = await host.call('resident-1', 'billing', { action: 'list', status: 'paid' })
    expect(paid).toMatchObject({
      ok: true,
      data: { items: mine.map(() => expect.objectContaining({ status: 'paid' })) },
    })
  })
})

describe('refunds', () => {
  beforeEach(() => simulatePayment(host, orderId))

  it('a manager refunds a paid order with a reason: the bills are owed again and the receipt says so', async () => {
    expect(await host.call('resident-1', 'billing', { action: 'refund', orderId, reason: '重复缴费' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await host.call('admin-1', 'billing', { action: 'refund', orderId, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    const refunded = await asManager(host, { action: 'refund', orderId, reason: '业主重复缴费' })
    expect(refunded).toMatchObject({
      status: 'refunded',
      refund: { reason: '业主重复缴费', byOpenid: 'admin-1', no: `R${orderId}` },
    })
    expect(await bills()).toEqual(mine.map(() => expect.objectContaining({ status: 'unpaid', paidOrderId: null })))
    expect((await receipts())[0]!.refundedAt).toEqual(expect.any(String))

    // A late copy of the payment notification must not settle the bills again.
    expect((await simulatePayment(host, orderId)).body).toMatchObject({
      ok: true,
      data: { errcode: 0, applied: false },
    })
    expect(await bills()).toEqual(mine.map(() => expect.objectContaining({ status: 'unpaid' })))
    expect(await host.call('admin-1', 'billing', { action: 'refund', orderId, reason: '再次' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })

  it('a refused refund leaves the order paid', async () => {
    gatewayRefusesOnce(host, 'refund')
    expect(await host.call('admin-1', 'billing', { action: 'refund', orderId, reason: '退租' })).toMatchObject({
      ok: false,
    })
    expect(await order()).toMatchObject({ status: 'paid', refund: null })
    expect(await bills()).toEqual(mine.map(() => expect.objectContaining({ status: 'paid' })))
  })
})
