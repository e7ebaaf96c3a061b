import { newBill, type Bill } from '@core/billing/bill'
import type { BillRunReport } from '@core/billing/billing.views'
import { lastDayOf, type LocalDate, type Period } from '@core/billing/calendar'
import { chargeFor, type FeeItem } from '@core/billing/fee-item'
import { ok, type Result } from '@core/shared/result'

import type { Context } from '../action'
import { findAll } from '../store/paging'

/** Bills per insert request. */
const INSERT_BATCH = 100

/**
 * Raises the bills of a period: one per unit and fee item that charges it. Bill ids are
 * `<period>_<unit>_<item>`, so running a period again creates only what is missing (a unit or item
 * added since) and never a second bill for the same thing, even when two runs overlap.
 */
export async function runBills(
  ctx: Context,
  period: Period,
  dueDate: LocalDate = lastDayOf(period),
): Promise<Result<BillRunReport>> {
  const feeItems = ctx.store.collection('feeItems')
  const bills = ctx.store.collection('bills')
  const now = ctx.now
  const items: FeeItem[] = await findAll(feeItems, { active: true })
  const units = await findAll(ctx.store.collection('units'), {})
  const candidates = units.flatMap((unit) =>
    items.flatMap((item) => {
      const amount = chargeFor(item, unit, period)
      return amount === null ? [] : [newBill(item, unit, period, dueDate, amount, now)]
    }),
  )
  const taken = new Set((await findAll(bills, { period })).map((b) => b.id))
  const fresh = candidates.filter((b) => !taken.has(b.id))
  const created: Bill[] = []
  for (let i = 0; i < fresh.length; i += INSERT_BATCH) {
    const batch = fresh.slice(i, i + INSERT_BATCH)
    try {
      await bills.insertMany(batch)
      created.push(...batch)
    } catch {
      // A run overlapping this one took some of these ids: insert one by one, skipping the taken.
      for (const bill of batch) if (await bills.insert(bill)) created.push(bill)
    }
  }
  return ok({
    period,
    dueDate,
    created: created.length,
    existing: candidates.length - created.length,
    createdAmount: created.reduce((sum, b) => sum + b.amount, 0),
  })
}
