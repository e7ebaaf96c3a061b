import { SYSTEM_OPENID } from '../identity/actor'
import type { SlaRules } from '../repair/sla'
import type { WorkOrder } from '../repair/work-order'
import { transition } from '../repair/work-order.transitions'
import type { Result } from '../shared/result'
import type { IsoTime } from '../shared/time'

/** What an incident does to the orders it gathers: links them, and closes them when the fault is fixed at its source. */

export function linkToIncident(order: WorkOrder, incidentId: string, title: string, now: IsoTime): WorkOrder {
  if (order.incidentId === incidentId) return order
  return {
    ...order,
    incidentId,
    timeline: [...order.timeline, { type: 'incident_linked', at: now, by: SYSTEM_OPENID, note: title }],
  }
}

export function closeForIncident(
  order: WorkOrder,
  now: IsoTime,
  rules: SlaRules,
  resolution: string,
): Result<WorkOrder> {
  return transition(
    order,
    'resolveByIncident',
    SYSTEM_OPENID,
    now,
    rules,
    { type: 'incident_resolved', note: resolution },
    () => ({ closedAt: now }),
  )
}
