import type { Bill } from '../billing/bill'
import { collectionReport } from '../billing/billing-report'
import type { Period } from '../billing/calendar'
import { repeatTotals } from '../repair/repeat-fault'
import type { WorkOrder } from '../repair/work-order'
import type { EstateFigures, EstateListing } from './company.schemas'
import { serviceKpis } from './service-kpi'

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000)

/**
 * One estate's row of head office's comparison: service figures of the orders submitted in the
 * window, the collection rate of the period's bills, and how often finished jobs came back (返修:
 * reports linked to a recently finished job, the definition the vendor scorecards use).
 * Aggregates only: no resident, unit or worker appears.
 */
export function estateFigures(
  estate: EstateListing,
  orders: readonly WorkOrder[],
  period: Period,
  bills: readonly Bill[],
): EstateFigures {
  const kpis = serviceKpis(orders)
  const repeats = repeatTotals(orders)
  const collected = collectionReport(period, bills).total
  return {
    ...estate,
    orders: orders.length,
    responseMinutes: kpis.response.average,
    resolutionMinutes: kpis.resolution.average,
    onTimeRate: kpis.withinSla.share,
    satisfaction: kpis.satisfaction.average,
    collectionRate: collected.billed === 0 ? null : collected.rateBp / 10_000,
    repeatRate: share(repeats.repeats, repeats.finished),
  }
}
