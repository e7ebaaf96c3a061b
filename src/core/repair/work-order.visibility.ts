import type { Actor } from '../identity/actor'
import type { WorkOrder } from './work-order'

/**
 * Who may see an order: the office (managers, service desk) all; residents their unit's; workers
 * their team's pool, their jobs and jobs they first took.
 */
export function canView(order: WorkOrder, actor: Actor): boolean {
  switch (actor.role) {
    case 'manager':
    case 'service_desk':
      return true
    case 'resident':
      return actor.unitId !== null && order.unitId === actor.unitId
    case 'maintenance':
    case 'vendor':
      return (
        sameTeam(order, actor) &&
        (order.inPool || order.assigneeOpenid === actor.openid || order.firstResponderOpenid === actor.openid)
      )
    default:
      return false
  }
}

/** Workers who take jobs: the estate's own maintenance staff and vendors' workers. */
export const isWorker = (actor: Actor) => actor.role === 'maintenance' || actor.role === 'vendor'

/**
 * In-house orders are the in-house staff's; a vendor's orders are that vendor's workers' only.
 * A vendor worker never sees past their vendor, whatever else is true of the order.
 */
export const sameTeam = (order: WorkOrder, worker: Actor) =>
  (order.vendorId ?? null) === (worker.role === 'vendor' ? (worker.vendorId ?? '') : null)

/** A resident of the order's unit: who confirms, rates, reopens or withdraws it. */
export const isHouseholdOf = (order: WorkOrder, actor: Actor) =>
  actor.role === 'resident' && actor.unitId === order.unitId
