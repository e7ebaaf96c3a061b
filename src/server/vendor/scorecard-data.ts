import { monthBounds, monthsEnding, type ScorecardInputs } from '@core/vendor/scorecard'
import type { Store } from '../store/store.port'
import { findUpTo } from '../store/paging'

/** Vendors are tens at most. */
const VENDORS_READ = 200
/** A year of one estate's orders, with room: beyond it the figures say they are partial. */
const MAX_ORDERS = 50_000
/** Jobs finished early in a month were often reported in the one before. */
const LOOKBACK_MS = 45 * 86_400_000

/**
 * What the scorecard of `months` months ending with `month` is computed from: the vendors and the
 * orders reported from a little before the first month to the end of the last.
 */
export async function scorecardInputs(
  store: Store,
  month: string,
  months = 1,
): Promise<ScorecardInputs & { truncated: boolean }> {
  const first = monthBounds(monthsEnding(month, months)[0]!)
  const { to } = monthBounds(month)
  const from = new Date(Date.parse(first.from) - LOOKBACK_MS).toISOString()
  const since = { gte: first.from, lt: to }
  const [vendors, orders, feedback, visits] = await Promise.all([
    store
      .collection('vendors')
      .find({ where: {}, orderBy: { field: 'createdAt', direction: 'asc' }, limit: VENDORS_READ }),
    findUpTo(
      store.collection('workOrders'),
      { where: { createdAt: { gte: from, lt: to } }, orderBy: { field: 'createdAt', direction: 'asc' } },
      MAX_ORDERS,
    ),
    findUpTo(
      store.collection('feedback'),
      { where: { createdAt: since }, orderBy: { field: 'createdAt', direction: 'asc' } },
      MAX_ORDERS,
    ),
    findUpTo(
      store.collection('returnVisits'),
      { where: { closedAt: { gte: from, lt: to } }, orderBy: { field: 'closedAt', direction: 'asc' } },
      MAX_ORDERS,
    ),
  ])
  return {
    vendors,
    orders: orders.items,
    complaints: feedback.items.flatMap((f) =>
      f.kind === 'complaint' && f.relatedOrderId ? [{ orderId: f.relatedOrderId, at: f.createdAt }] : [],
    ),
    // A visit counts in the month it was last attempted, as the monthly report counts it.
    returnVisits: visits.items.flatMap((v) => {
      const last = v.attempts[v.attempts.length - 1]
      if (v.status !== 'done' || !last) return []
      return [{ orderId: v.orderId, at: last.at, dissatisfied: (v.result ?? last.outcome) === 'dissatisfied' }]
    }),
    truncated: orders.truncated || feedback.truncated || visits.truncated,
  }
}
