import type { createRepairSchema } from '@core/repair/repair.schemas'
import { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { loadSettings } from '../estate/estate-settings'
import { once } from '../idempotency/request-log'
import { takeRepairCreateSlot } from '../limits/abuse-limits'
import { dispatchFor } from './dispatch'
import { notifyChanges } from './repair-notices'

type CreateInput = z.output<typeof createRepairSchema>

/**
 * A resident reports a problem, once per requestId, within the household's hourly and daily limits
 * (a slot is taken before the order is written and given back when it is not): the order is routed,
 * promised its SLA terms and announced.
 */
export function createOrder(ctx: ActionContext, input: CreateInput): Promise<Result<WorkOrder>> {
  return once(ctx, 'repair.create', input, async () => {
    const owned = await ctx.runtime.files.checkOwned(input.photos, ctx.actor)
    if (!owned.ok) return owned
    const slot = await takeRepairCreateSlot(ctx.store, ctx.actor.unitId ?? ctx.actor.openid, new Date(ctx.now))
    if (!slot.ok) return fail(slot.error)
    const created = await writeOrder(ctx, input)
    if (!created.ok) await slot.held.release()
    return created
  })
}

async function writeOrder(ctx: ActionContext, input: CreateInput): Promise<Result<WorkOrder>> {
  // One read of the estate's settings serves both the SLA terms and the dispatch mode.
  const settings = await loadSettings(ctx.store)
  const rules = new SlaRules(settings.sla)
  const dispatch = await dispatchFor(ctx.store, settings, ctx.actor, input.category)
  const { requestId: _requestId, ...fields } = input
  const order = createWorkOrder({ id: ctx.runtime.newId(), ...fields }, ctx.actor, ctx.now, rules, dispatch)
  if (!order.ok) return order
  const saved = await ctx.store.collection('workOrders').insert(order.value)
  if (!saved) return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
  await ctx.runtime.files.attach(input.photos, saved.id)
  await notifyChanges(ctx, rules, null, saved)
  return ok(saved)
}
