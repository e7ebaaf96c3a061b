import type { Actor } from '@core/identity/actor'
import type { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { canView, isWorker, sameTeam } from '@core/repair/work-order.visibility'
import { notFoundError } from '@core/shared/errors'
import { notFound, ok, type Result } from '@core/shared/result'
import type { IsoTime } from '@core/shared/time'
import type { ActionContext } from '../action'
import { loadRules } from '../estate/estate-settings'
import { updateDoc } from '../store/update-doc'
import { notifyChanges } from './repair-notices'

/** An order the caller may see; another household's reads as absent, so its existence does not leak. */
export async function findVisible(ctx: ActionContext, id: string): Promise<Result<WorkOrder>> {
  const order = await ctx.store.collection('workOrders').get(id)
  return order && canView(order, ctx.actor) ? ok(viewFor(order, ctx.actor)) : notFound('order')
}

/** Why the sweep parked an order is for managers (it names internals); others see the order without it. */
export function viewFor(order: WorkOrder, actor: Actor): WorkOrder {
  if (actor.role === 'manager' || order.sweepError === undefined) return order
  const { sweepError: _sweepError, ...rest } = order
  return rest
}

/** A domain transition of the order, e.g. `(o, now, rules) => start(o, actor, now, rules)`. */
export type OrderChange = (order: WorkOrder, now: IsoTime, rules: SlaRules) => Result<WorkOrder>

/** Workers may try to grab any order of their team; one already taken answers CONFLICT rather than NOT_FOUND. */
export const anyTeamWorker = (order: WorkOrder, actor: Actor) => isWorker(actor) && sameTeam(order, actor)

/** Applies a domain transition with compare-and-set (retried on fresh data), then announces it. */
export async function updateOrder(
  ctx: ActionContext,
  id: string,
  change: OrderChange,
  mayTouch: (order: WorkOrder, actor: Actor) => boolean = canView,
): Promise<Result<WorkOrder>> {
  const orders = ctx.store.collection('workOrders')
  // The SLA terms (usually from the instance cache) and the order are read side by side.
  const [rules, read] = await Promise.all([loadRules(ctx.store), orders.get(id)])
  const updated = await updateDoc(
    orders,
    id,
    (order) => (mayTouch(order, ctx.actor) ? change(order, ctx.now, rules) : notFound('order')),
    { missing: () => notFoundError('order'), read },
  )
  if (!updated.ok) return updated
  await notifyChanges(ctx, rules, updated.value.before, updated.value.doc)
  return ok(updated.value.doc)
}
