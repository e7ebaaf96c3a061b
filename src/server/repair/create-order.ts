import type { createRepairSchema } from '@core/repair/repair.schemas'
import { findRepeatOrigin, linkRepeat, raisePriority } from '@core/repair/repeat-fault'
import { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder, type Dispatch } from '@core/repair/work-order.creation'
import { vendorPolicy } from '@core/vendor/vendor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { loadSettings } from '../estate/estate-settings'
import { loadQualityRules } from '../estate/quality-rules'
import { once } from '../idempotency/request-log'
import { readOutageView, watchForOutage } from '../incident/outage-watch'
import { takeRepairCreateSlot } from '../limits/abuse-limits'
import { vendorRouteFor, type VendorRouting } from '../vendor/vendor-routing'
import { dispatchFor } from './dispatch'
import { announceRepeat, repeatCandidates } from './repeat-faults'
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
 * The order itself: recognised as a repeat (返修) when it undoes a recent job, routed (to a vendor
 * when a rule says so), promised its SLA terms, announced, and watched for an outage.
 */
async function writeOrder(ctx: ActionContext, input: CreateInput): Promise<Result<WorkOrder>> {
  // One read of the estate's settings serves both the SLA terms and the dispatch mode.
  const place = { category: input.category, unitId: ctx.actor.unitId ?? '', location: input.location ?? null }
  // Independent reads go together: each is a round trip to the database in production.
  const settingsRead = loadSettings(ctx.store)
  const qualityRead = loadQualityRules(ctx.store)
  const [settings, estateDispatch, quality, routing, unit, candidates, outages] = await Promise.all([
    settingsRead,
    settingsRead.then((s) => dispatchFor(ctx.store, s, ctx.actor, input.category)),
    qualityRead,
    vendorRouteFor(ctx.store, input.category, ctx.now),
    ctx.actor.unitId ? ctx.store.collection('units').get(ctx.actor.unitId) : null,
    repeatCandidates(ctx.store, place),
    readOutageView(ctx, qualityRead),
  ])
  const origin = findRepeatOrigin(candidates, place, ctx.now, quality.repeatWindowDays)
  const rules = new SlaRules(routing ? vendorPolicy(settings.sla, routing.vendor) : settings.sla)
  const { requestId: _requestId, ...fields } = input
  const created = createWorkOrder(
    { id: ctx.runtime.newId(), ...fields, priority: origin ? raisePriority(input.priority) : input.priority },
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
  const [, , , stored] = await Promise.all([
    ctx.runtime.files.attach(input.photos, saved.id, ctx.actor),
    notifyChanges(ctx, rules, null, saved),
    origin ? announceRepeat(ctx, saved, quality.repeatWindowDays) : null,
    watchForOutage(ctx, saved, quality, outages),
  ])
  return ok(stored)
}
