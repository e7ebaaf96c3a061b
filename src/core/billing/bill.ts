import { isAtOrBefore, isBefore } from '../shared/instant'
import { appError, ErrorCode } from '../shared/errors'
import type { Fen } from '../shared/money'
import { fail, ok, type Result } from '../shared/result'
import { addMinutes, type IsoTime } from '../shared/time'
import { localDateOf, type LocalDate, type Period } from './calendar'
import type { BillableUnit, FeeItem, FeeKind } from './fee-item'

export const BILL_STATUSES = ['unpaid', 'paid'] as const
/** A refunded bill is owed again, so it goes back to `unpaid`. */
export type BillStatus = (typeof BILL_STATUSES)[number]

/** An open payment order's hold on a bill. It lapses at `until`, so a crash never strands a bill. */
export interface BillLock {
  orderId: string
  until: IsoTime
}

/** What one unit owes for one fee item in one period. */
export interface Bill {
  /** `<period>_<unitId>_<itemId>`: a second run of the same period finds it taken. */
  id: string
  version: number
  unitId: string
  building: string
  itemId: string
  itemName: string
  kind: FeeKind
  period: Period
  /** Floor area charged (per-m² items), m². */
  areaM2: number | null
  /** The item's rate when the bill was raised, integer fen. */
  rateFen: Fen
  amount: Fen
  /** Unpaid after this estate-local date, the bill is in arrears (欠费). */
  dueDate: LocalDate
  status: BillStatus
  lock: BillLock | null
  /** The payment order that settled it. */
  paidOrderId: string | null
  paidAt: IsoTime | null
  /** The last arrears reminder about it; reminders repeat at most weekly. */
  remindedAt: IsoTime | null
  createdAt: IsoTime
}

export type BillAction = 'settle' | 'refund'

/** The one transition table of a bill's status. Absent means not allowed. */
export const BILL_TRANSITIONS: Record<BillAction, Partial<Record<BillStatus, BillStatus>>> = {
  settle: { unpaid: 'paid' },
  refund: { paid: 'unpaid' },
}

export const billIdFor = (period: Period, unitId: string, itemId: string): string => `${period}_${unitId}_${itemId}`

export function newBill(
  item: FeeItem,
  unit: BillableUnit,
  period: Period,
  dueDate: LocalDate,
  amount: Fen,
  now: IsoTime,
): Bill {
  return {
    id: billIdFor(period, unit.id, item.id),
    version: 0,
    unitId: unit.id,
    building: unit.building,
    itemId: item.id,
    itemName: item.name,
    kind: item.kind,
    period,
    areaM2: item.kind === 'per_m2_monthly' ? unit.areaM2 : null,
    rateFen: item.rateFen,
    amount,
    dueDate,
    status: 'unpaid',
    lock: null,
    paidOrderId: null,
    paidAt: null,
    remindedAt: null,
    createdAt: now,
  }
}

export const isOverdue = (bill: Bill, today: LocalDate): boolean => bill.status === 'unpaid' && bill.dueDate < today

/** Arrears reminders about one bill come at most this often. */
export const REMIND_EVERY_DAYS = 7

/** Overdue and not reminded about in the last REMIND_EVERY_DAYS days. */
export const dueForReminder = (bill: Bill, now: IsoTime): boolean =>
  isOverdue(bill, localDateOf(now)) &&
  (bill.remindedAt === null || isAtOrBefore(addMinutes(bill.remindedAt, REMIND_EVERY_DAYS * 24 * 60), now))

/** The hold of an open order, or null when there is none or it has lapsed. */
export const liveLock = (bill: Bill, now: IsoTime): BillLock | null =>
  bill.lock && isBefore(now, bill.lock.until) ? bill.lock : null

function move(bill: Bill, action: BillAction): Result<BillStatus> {
  const to = BILL_TRANSITIONS[action][bill.status]
  return to ? ok(to) : fail(appError(ErrorCode.INVALID_TRANSITION, `cannot ${action} a bill that is ${bill.status}`))
}

/** Holds an unpaid bill for an order; a bill held by another open order cannot join a second one. */
export function lock(bill: Bill, lockFor: BillLock, now: IsoTime): Result<Bill> {
  if (bill.status !== 'unpaid') return fail(appError(ErrorCode.CONFLICT, `bill ${bill.id} is already paid`))
  const held = liveLock(bill, now)
  if (held && held.orderId !== lockFor.orderId) {
    return fail(appError(ErrorCode.CONFLICT, `bill ${bill.id} is in open payment ${held.orderId}`))
  }
  return ok({ ...bill, lock: lockFor })
}

/** Lets go of the order's hold; null when the order holds nothing here (nothing to write). */
export const release = (bill: Bill, orderId: string): Bill | null =>
  bill.lock?.orderId === orderId ? { ...bill, lock: null } : null

/**
 * Marks the bill paid by `orderId`. Null when that order already settled it (nothing to write);
 * CONFLICT when another order did, i.e. the money arrived twice.
 */
export function settle(bill: Bill, orderId: string, paidAt: IsoTime): Result<Bill | null> {
  if (bill.paidOrderId === orderId) return ok(null)
  const to = move(bill, 'settle')
  if (!to.ok) return fail(appError(ErrorCode.CONFLICT, `bill ${bill.id} was paid by order ${bill.paidOrderId}`))
  return ok({ ...bill, status: to.value, paidOrderId: orderId, paidAt, lock: null })
}

/** Undoes the settlement by `orderId` after its refund; null when that order did not settle it. */
export function refund(bill: Bill, orderId: string): Result<Bill | null> {
  if (bill.paidOrderId !== orderId) return ok(null)
  const to = move(bill, 'refund')
  if (!to.ok) return to
  return ok({ ...bill, status: to.value, paidOrderId: null, paidAt: null })
}
