import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { accept, cancel, complete, hold, start } from '@core/repair/work-order.machine'
import { byNearestDeadline, byNewestFinished } from '../../../src/staff/job-tabs'

const rules = new SlaRules(DEFAULT_SLA_POLICY)
const resident = { openid: 'resident-1', role: 'resident' as const, unitId: '1-101', name: '王女士' }
const staff = { openid: 'staff-1', role: 'maintenance' as const, unitId: null, name: '李师傅' }

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** A job reported at `createdAt` (Shanghai working hours on 2026-11-27). */
function order(id: string, createdAt: string, priority: 'normal' | 'urgent' = 'normal'): WorkOrder {
  return unwrap(
    createWorkOrder(
      { id, category: 'plumbing', priority, description: '漏水', photos: [] },
      resident,
      createdAt,
      rules,
      {
        mode: 'pool',
        gridId: null,
        gridOwner: null,
      },
    ),
  )
}

const ids = (orders: WorkOrder[]) => orders.map((o) => o.id)

test('open jobs: the nearest deadline raced now first, whatever the report order; paused ones last', () => {
  // Reported last but being repaired: its completion deadline is a day away.
  const repairing = unwrap(
    start(
      unwrap(accept(order('repairing', '2026-11-27T02:40:00.000Z'), staff, '2026-11-27T02:41:00.000Z', rules)),
      staff,
      '2026-11-27T02:45:00.000Z',
      rules,
    ),
  )
  // Reported later and accepted: the visit is due within hours.
  const toVisit = unwrap(
    accept(order('to-visit', '2026-11-27T02:00:00.000Z'), staff, '2026-11-27T02:05:00.000Z', rules),
  )
  // Dispatched, not yet accepted, urgent: the response is due within minutes.
  const dispatched = order('dispatched', '2026-11-27T02:30:00.000Z', 'urgent')
  const paused = unwrap(
    hold(
      unwrap(accept(order('paused', '2026-11-27T00:30:00.000Z'), staff, '2026-11-27T00:35:00.000Z', rules)),
      staff,
      '2026-11-27T00:40:00.000Z',
      rules,
      { reason: 'parts' },
    ),
  )
  expect(ids([paused, repairing, toVisit, dispatched].sort(byNearestDeadline))).toEqual([
    'dispatched',
    'to-visit',
    'repairing',
    'paused',
  ])
})

test('finished jobs: the most recently finished first, not the most recently reported', () => {
  const finish = (o: WorkOrder, at: string) =>
    unwrap(
      complete(
        unwrap(start(unwrap(accept(o, staff, o.createdAt, rules)), staff, o.createdAt, rules)),
        staff,
        at,
        rules,
        {},
      ),
    )
  const oldReportFinishedToday = finish(order('old', '2026-11-25T02:00:00.000Z'), '2026-11-27T06:00:00.000Z')
  const newReportFinishedEarlier = finish(order('new', '2026-11-27T01:00:00.000Z'), '2026-11-27T03:00:00.000Z')
  const cancelledLast = unwrap(
    cancel(order('cancelled', '2026-11-26T02:00:00.000Z'), resident, '2026-11-27T07:00:00.000Z', rules),
  )
  expect(ids([newReportFinishedEarlier, oldReportFinishedToday, cancelledLast].sort(byNewestFinished))).toEqual([
    'cancelled',
    'old',
    'new',
  ])
})
