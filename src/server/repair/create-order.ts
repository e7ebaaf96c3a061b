import type { createRepairSchema } from '@core/repair/repair.schemas'
import { linkRepeat, raisePriority } from '@core/repair/repeat-fault'
import { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder, type Dispatch } from '@core/repair/work-order.creation'
import { vendorPolicy } from '@core/vendor/vendor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { loadSettings } from '../estate/estate-settings'
import { watchForOutage } from '../incident/outage-watch'
import { vendorRouteFor, type VendorRouting } from '../vendor/vendor-routing'
import { dispatchFor } from './dispatch'
import { loadQualityRules } from '../estate/quality-rules'
import { announceRepeat, findOriginFor } from './repeat-faults'
import { notifyChanges } from './repair-notices'

/**
 * A vendor's orders go to its pool, or (dispatcher mode) straight to its dispatcher the way grid
 * dispatch hands an order to the grid owner; the unit's grid stays on the order for oversight.
 */
function vendorDispatch(routing: VendorRouting, estate: Dispatch): Dispatch {
  return routing.dispatcher
    ? { mode: 'grid', gridId: estate.gridId, gridOwner: routing.dispatcher }
    : { mode: 'pool', gridId: estate.gridId, gridOwner: null }
}

/**
 * A resident reports a problem: recognised as a repeat (返修) when it undoes a recent job, routed
 * (to a vendor when a rule says so), promised its SLA terms, announced, and watched for an outage.
 */
export async function createOrder(
  ctx: ActionContext,
  input: z.output<typeof createRepairSchema>,
): Promise<Result<WorkOrder>> {
  const owned = await ctx.runtime.files.checkOwned(input.photos, ctx.actor)
  if (!owned.ok) return owned
  // One read of the estate's settings serves both the SLA terms and the dispatch mode.
  const [settings, quality, routing, unit] = await Promise.all([
    loadSettings(ctx.store),
    loadQualityRules(ctx.store),
    vendorRouteFor(ctx.store, input.category, ctx.now),
    ctx.actor.unitId ? ctx.store.collection('units').get(ctx.actor.unitId) : null,
  ])
  const place = { category: input.category, unitId: ctx.actor.unitId ?? '', location: input.location ?? null }
  const origin = await findOriginFor(ctx.store, place, ctx.now, quality.repeatWindowDays)
  const rules = new SlaRules(routing ? vendorPolicy(settings.sla, routing.vendor) : settings.sla)
  const estateDispatch = await dispatchFor(ctx.store, settings, ctx.actor, input.category)
  const created = createWorkOrder(
    { id: ctx.runtime.newId(), ...input, priority: origin ? raisePriority(input.priority) : input.priority },
    ctx.actor,
    ctx.now,
    rules,
    routing ? vendorDispatch(routing, estateDispatch) : estateDispatch,
  )
  if (!created.ok) return created
  const order: WorkOrder = {
    ...created.value,
    vendorId: routing?.vendor.id ?? null,
    vendorName: routing?.vendor.name ?? null,
    building: unit?.building ?? null,
    location: place.location,
    proofRequired: routing !== null || quality.proofForAll,
    repeat: null,
    incidentId: null,
  }
  const saved = await ctx.store.collection('workOrders').insert(origin ? linkRepeat(order, origin, ctx.now) : order)
  if (!saved) return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
  await ctx.runtime.files.attach(input.photos, saved.id)
  await notifyChanges(ctx, rules, null, saved)
  if (origin) await announceRepeat(ctx, saved, quality.repeatWindowDays)
  return ok(await watchForOutage(ctx, saved, quality))
}
