import { newBill } from '@core/billing/bill'
import {
  abandonRefund,
  beginRefund,
  closeOrder,
  displayStatus,
  finishRefund,
  isOpen,
  lockUntil,
  noteUnsettled,
  openOrder,
  ORDER_TRANSITIONS,
  settleOrder,
  type PaymentOrder,
} from '@core/billing/payment-order'
import { receiptFor } from '@core/billing/receipt'
import { feeItem, T0, value } from './billing.fixtures'

const item = (id: string, name: string, rateFen: number) => feeItem({ id, name, rateFen, kind: 'monthly' })
const unit = { id: '1-101', building: '1', areaM2: 89.37 }
const bills = [
  newBill(item('a', '物业费', 25_470), unit, '2026-11', '2026-11-30', 25_470, T0),
  newBill(item('b', '车位管理费', 30_000), unit, '2026-11', '2026-11-30', 30_000, T0),
]
const ORDER_ID = '3f2a9c1b00000000000000000000abcd'
const pending = () => openOrder(ORDER_ID, 'resident-1', '1-101', bills, T0)
const paidReport = { totalFee: 55_470, transactionId: '4200000001', paidAt: '2026-11-20T02:05:00.000Z' }

const paid = (): PaymentOrder => value(settleOrder(pending(), paidReport))!

describe('a payment order', () => {
  it('copies its bills and sums them in integer fen', () => {
    expect(pending()).toMatchObject({
      status: 'pending',
      amount: 55_470,
      items: [
        { billId: '2026-11_1-101_a', itemName: '物业费', period: '2026-11', amount: 25_470 },
        { billId: '2026-11_1-101_b', itemName: '车位管理费', period: '2026-11', amount: 30_000 },
      ],
    })
  })

  it('may be paid for 15 minutes; its bills stay held 5 minutes longer', () => {
    expect(pending().expiresAt).toBe('2026-11-20T02:15:00.000Z')
    expect(lockUntil(pending())).toBe('2026-11-20T02:20:00.000Z')
    expect(isOpen(pending(), '2026-11-20T02:14:59.999Z')).toBe(true)
    expect(displayStatus(pending(), '2026-11-20T02:15:00.000Z')).toBe('expired')
  })

  it('has one transition table', () => {
    expect(ORDER_TRANSITIONS.settle).toEqual({ pending: 'paid', closed: 'paid' })
    expect(ORDER_TRANSITIONS.close).toEqual({ pending: 'closed' })
  })
})

describe('recording a payment', () => {
  it('records the transaction once; the same transaction again changes nothing', () => {
    expect(paid()).toMatchObject({ status: 'paid', transactionId: '4200000001', paidAt: paidReport.paidAt })
    expect(settleOrder(paid(), paidReport)).toEqual({ ok: true, value: null })
  })

  it('refuses an amount one fen off, before anything else', () => {
    for (const order of [pending(), paid()]) {
      expect(settleOrder(order, { ...paidReport, totalFee: 55_469 })).toMatchObject({
        ok: false,
        error: { code: 'PAYMENT_AMOUNT_MISMATCH' },
      })
    }
  })

  it('applies money that arrives for a closed order: the gateway took it', () => {
    const closed = value(closeOrder(pending(), T0))
    expect(value(settleOrder(closed, paidReport))?.status).toBe('paid')
  })

  it('notes the bills it could not settle once each', () => {
    const noted = noteUnsettled(paid(), ['2026-11_1-101_a'])!
    expect(noted.unsettledBillIds).toEqual(['2026-11_1-101_a'])
    expect(noteUnsettled(noted, ['2026-11_1-101_a'])).toBeNull()
  })

  it('yields a receipt numbered by the local payment date and the order id', () => {
    const order = paid()
    expect(receiptFor({ ...order, paidAt: order.paidAt!, transactionId: order.transactionId! }, T0)).toMatchObject({
      id: ORDER_ID,
      number: '20261120-3F2A9C1B',
      amount: 55_470,
      transactionId: '4200000001',
      items: order.items,
    })
  })
})

describe('refunding', () => {
  it('goes paid -> refunding -> refunded with one refund number', () => {
    const refunding = value(beginRefund(paid(), '重复缴费', 'admin-1', T0))
    expect(refunding).toMatchObject({
      status: 'refunding',
      refund: { no: `R${ORDER_ID}`, reason: '重复缴费', refundedAt: null },
    })
    expect(value(beginRefund(refunding, '另一个原因', 'admin-2', T0)).refund).toEqual(refunding.refund)
    expect(value(finishRefund(refunding, T0))).toMatchObject({ status: 'refunded', refund: { refundedAt: T0 } })
  })

  it('a refused refund returns the order to paid', () => {
    expect(value(abandonRefund(value(beginRefund(paid(), '退租', 'admin-1', T0))))).toMatchObject({
      status: 'paid',
      refund: null,
    })
  })

  it('an unpaid order cannot be refunded and a paid one cannot be closed', () => {
    expect(beginRefund(pending(), 'x', 'admin-1', T0)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
    expect(closeOrder(paid(), T0)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})
