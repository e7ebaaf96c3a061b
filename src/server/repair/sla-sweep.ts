import { TIMERS, type WorkOrder } from '@core/repair/work-order'
import { sweepOrder } from '@core/repair/work-order.machine'
import { loadRules } from '../estate/estate-settings'
import type { Notice } from '../notify/notifier'
import type { Context } from '../action'
import { managers, notifyChanges } from './repair-notices'
import { sendManagerDigest } from './sweep-digest'

/** Orders read per query; each flagged order is its own compare-and-set write. */
export const SWEEP_BATCH = 200
/** A bound on one run so a stuck order cannot keep the timer busy; the next run continues. */
const MAX_BATCHES = 50

export interface SweepReport {
  /** Orders whose next check was due. */
  due: number
  /** Ladder steps fired by this run (warnings, breaches, escalations). */
  fired: number
  /** Timer breaches flagged by this run. */
  flagged: number
  /** Holds whose time was up, resumed. */
  resumed: number
  /** Orders changed by someone else mid-sweep; the next run sees them again. */
  skipped: number
  /** Orders the sweep could not process, parked with `sweepError` for a manager to look at. */
  parked: number
}

/**
 * Fires every ladder step that is due (warning, breach, escalation) and resumes timed holds, once.
 * Reads only orders whose `nextCheckAt` has passed (an indexed range), so its cost follows the
 * number of due orders, not the number stored. One order that cannot be processed is parked and
 * logged; it never stops the others.
 */
export async function sweepBreaches(ctx: Context): Promise<SweepReport> {
  const orders = ctx.store.collection('workOrders')
  const now = ctx.now
  const rules = await loadRules(ctx.store)
  const managerIds = new Set(await managers(ctx.store))
  const toManagers = (notice: Notice) => managerIds.has(notice.toOpenid)
  const withheld: Notice[] = []
  const report: SweepReport = { due: 0, fired: 0, flagged: 0, resumed: 0, skipped: 0, parked: 0 }

  async function park(order: WorkOrder, error: unknown): Promise<boolean> {
    const message = error instanceof Error ? error.message : String(error)
    ctx.runtime.log.error('sla sweep could not process an order; parked', { orderId: order.id, error: message })
    // Off the due range (nextCheckAt null) until someone changes it; the next write recomputes it.
    return (await orders.replace({ ...order, sweepError: message, nextCheckAt: null })) !== null
  }

  let skip = 0
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await orders.find({
      where: { nextCheckAt: { lte: now } },
      orderBy: { field: 'nextCheckAt', direction: 'asc' },
      limit: SWEEP_BATCH,
      skip,
    })
    report.due += due.length
    let stayed = 0
    for (const order of due) {
      let swept: ReturnType<typeof sweepOrder>
      try {
        swept = sweepOrder(order, now, rules)
      } catch (error) {
        if (await park(order, error)) report.parked++
        else stayed++
        continue
      }
      const changed = swept.fired.length > 0 || swept.resumed
      const saved = changed ? await orders.replace({ ...swept.order, sweepError: null }) : null
      if (!saved) {
        stayed++
        if (changed) report.skipped++
        continue
      }
      report.fired += swept.fired.length
      report.flagged += TIMERS.filter((t) => order.overdue[t] === null && saved.overdue[t] !== null).length
      if (swept.resumed) report.resumed++
      // Sent only after the write won, so a step is announced once however often the sweep runs.
      withheld.push(...(await notifyChanges(ctx, rules, order, saved, toManagers)))
    }
    // Changed orders leave the due range; the others stay in it, so the next page steps over them.
    skip += stayed
    if (due.length < SWEEP_BATCH) break
  }
  await sendManagerDigest(ctx, withheld)
  return report
}
