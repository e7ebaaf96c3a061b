import { flagBreaches } from '@core/repair/work-order.machine'
import type { Runtime } from '../runtime/runtime'
import { workOrders } from './work-order.repository'

/** Orders read per query; each flagged order is its own compare-and-set write. */
export const SWEEP_BATCH = 200
/** A bound on one run so a stuck order cannot keep the timer busy; the next run continues. */
const MAX_BATCHES = 50

export interface SweepReport {
  /** Orders whose next check was due. */
  due: number
  /** Timer breaches flagged by this run. */
  flagged: number
  /** Orders changed by someone else mid-sweep; the next run sees them again. */
  skipped: number
}

/**
 * Flags every breach that is due, once. Reads only orders whose `nextCheckAt` has passed (an
 * indexed range), so its cost follows the number of due orders, not the number stored.
 */
export async function sweepBreaches(runtime: Runtime): Promise<SweepReport> {
  const orders = workOrders(runtime.store)
  const now = runtime.clock.now().toISOString()
  const report: SweepReport = { due: 0, flagged: 0, skipped: 0 }
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
      const { order: flagged, flagged: timers } = flagBreaches(order, now)
      const saved = timers.length > 0 && (await orders.save(flagged))
      if (saved) report.flagged += timers.length
      else {
        stayed++
        if (timers.length > 0) report.skipped++
      }
    }
    // Flagged orders leave the due range; the others stay in it, so the next page steps over them.
    skip += stayed
    if (due.length < SWEEP_BATCH) break
  }
  return report
}
