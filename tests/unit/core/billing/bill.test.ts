import {
  BILL_TRANSITIONS,
  dueForReminder,
  isOverdue,
  lock,
  newBill,
  refund,
  release,
  settle,
  type Bill,
} from '@core/billing/bill'
import { feeItem, T0, value } from './billing.fixtures'

const bill = (): Bill =>
  newBill(feeItem(), { id: '1-101', building: '1', areaM2: 89.37 }, '2026-11', '2026-11-30', 25_470, T0)

describe('a bill', () => {
  it('is identified by period, unit and item, so a run cannot raise it twice', () => {
    expect(bill()).toMatchObject({
      id: '2026-11_1-101_fee',
      status: 'unpaid',
      areaM2: 89.37,
      rateFen: 285,
      amount: 25_470,
    })
  })

  it('is in arrears from the day after its due date (estate-local dates)', () => {
    expect(isOverdue(bill(), '2026-11-30')).toBe(false)
    expect(isOverdue(bill(), '2026-12-01')).toBe(true)
    expect(isOverdue({ ...bill(), status: 'paid' }, '2027-01-01')).toBe(false)
  })

  it('is reminded about at most once a week while overdue', () => {
    // 2026-12-01 08:30 in Shanghai.
    const now = '2026-12-01T00:30:00.000Z'
    expect(dueForReminder(bill(), '2026-11-30T15:00:00.000Z')).toBe(false)
    expect(dueForReminder(bill(), now)).toBe(true)
    expect(dueForReminder({ ...bill(), remindedAt: '2026-11-25T00:30:00.001Z' }, now)).toBe(false)
    expect(dueForReminder({ ...bill(), remindedAt: '2026-11-24T00:30:00.000Z' }, now)).toBe(true)
  })

  it('has one transition table: settle unpaid, refund paid', () => {
    expect(BILL_TRANSITIONS).toEqual({ settle: { unpaid: 'paid' }, refund: { paid: 'unpaid' } })
  })
})

describe('holding a bill for a payment', () => {
  const hold = { orderId: 'o1', until: '2026-11-20T02:20:00.000Z' }

  it('a bill held by an open order cannot be held by another until the hold lapses', () => {
    const held = value(lock(bill(), hold, T0))
    expect(lock(held, { ...hold, orderId: 'o2' }, T0)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(lock(held, hold, T0).ok).toBe(true)
    expect(value(lock(held, { orderId: 'o2', until: 'later' }, hold.until)).lock?.orderId).toBe('o2')
  })

  it('a paid bill cannot be held', () => {
    expect(lock({ ...bill(), status: 'paid' }, hold, T0)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('only the holder releases it', () => {
    const held = value(lock(bill(), hold, T0))
    expect(release(held, 'o2')).toBeNull()
    expect(release(held, 'o1')?.lock).toBeNull()
  })
})

describe('settling and refunding', () => {
  it('settles once per order; a second order paying it is a CONFLICT', () => {
    const paid = value(settle(bill(), 'o1', T0))!
    expect(paid).toMatchObject({ status: 'paid', paidOrderId: 'o1', paidAt: T0, lock: null })
    expect(settle(paid, 'o1', T0)).toEqual({ ok: true, value: null })
    expect(settle(paid, 'o2', T0)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('a refund makes the bill owed again, only for the order that settled it', () => {
    const paid = value(settle(bill(), 'o1', T0))!
    expect(refund(paid, 'o2')).toEqual({ ok: true, value: null })
    expect(value(refund(paid, 'o1'))).toMatchObject({ status: 'unpaid', paidOrderId: null, paidAt: null })
  })
})
