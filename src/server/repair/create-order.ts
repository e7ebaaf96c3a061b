import type { createRepairSchema } from '@core/repair/repair.schemas'
import { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { loadSettings } from '../estate/estate-settings'
import { dispatchFor } from './dispatch'
import { notifyChanges } from './repair-notices'

/** A resident reports a problem: the order is routed, promised its SLA terms and announced. */
export async function createOrder(
  ctx: ActionContext,
  input: z.output<typeof createRepairSchema>,
): Promise<Result<WorkOrder>> {
  const owned = await ctx.runtime.files.checkOwned(input.photos, ctx.actor)
  if (!owned.ok) return owned
  // One read of the estate's settings serves both the SLA terms and the dispatch mode.
  const settings = await loadSettings(ctx.store)
  const rules = new SlaRules(settings.sla)
  const dispatch = await dispatchFor(ctx.store, settings, ctx.actor, input.category)
  const order = createWorkOrder({ id: ctx.runtime.newId(), ...input }, ctx.actor, ctx.now, rules, dispatch)
  if (!order.ok) return order
  const saved = await ctx.store.collection('workOrders').insert(order.value)
  if (!saved) return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
  await ctx.runtime.files.attach(input.photos, saved.id)
  await notifyChanges(ctx, rules, null, saved)
  return ok(saved)
}
