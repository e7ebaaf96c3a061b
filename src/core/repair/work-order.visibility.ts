import type { Actor } from '../identity/actor'
import type { WorkOrder } from './work-order'

/** Who may see an order: managers all; residents their unit's; staff the pool, their jobs and jobs they first took. */
export function canView(order: WorkOrder, actor: Actor): boolean {
  switch (actor.role) {
    case 'manager':
      return true
    case 'resident':
      return actor.unitId !== null && order.unitId === actor.unitId
    case 'maintenance':
      return order.inPool || order.assigneeOpenid === actor.openid || order.firstResponderOpenid === actor.openid
    default:
      return false
  }
}

/** A resident of the order's unit: who confirms, rates, reopens or withdraws it. */
export const isHouseholdOf = (order: WorkOrder, actor: Actor) =>
  actor.role === 'resident' && actor.unitId === order.unitId
