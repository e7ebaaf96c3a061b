import type { createRepairSchema } from '@core/repair/repair.schemas'
import { placeKeyOf } from '@core/incident/incident'
import { findRepeatOrigin, linkRepeat, raisePriority, type FaultPlace } from '@core/repair/repeat-fault'
import { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import type { Unit } from '@core/estate/estate'
import { createWorkOrder, type Dispatch } from '@core/repair/work-order.creation'
import { vendorPolicy } from '@core/vendor/vendor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { loadSettings } from '../estate/estate-settings'
import { loadQualityRules } from '../estate/quality-rules'
import { once, type RecordResult } from '../idempotency/request-log'
import { readOutageView, watchForOutage, withLiveIncident, type OutageView } from '../incident/outage-watch'
import { readRepairCreateCounts, takeRepairCreateSlot } from '../limits/abuse-limits'
import { vendorRouteFor, type VendorRouting } from '../vendor/vendor-routing'
import { dispatchFor } from './dispatch'
import { announceRepeat, repeatCandidates, repeatSupervisors } from './repeat-faults'
import { notifyChanges } from './repair-notices'

type CreateInput = z.output<typeof createRepairSchema>

/** What the new order is decided from, all read before it is written. */
interface OrderFacts {
  settings: Awaited<ReturnType<typeof loadSettings>>
  estateDispatch: Dispatch
  quality: Awaited<ReturnType<typeof loadQualityRules>>
  routing: VendorRouting | null
  unit: Unit | null
  candidates: WorkOrder[]
  outages: OutageView
}

/**
 * A resident reports a problem, once per requestId, within the household's hourly and daily limits
 * (a slot is taken before the order is written and given back when it is not): the order is routed,
 * promised its SLA terms and announced.
 *
 * Each store call is a round trip in production, so the critical path is kept to: the caller (in
 * the wrapper); the request-log reservation beside every read (the household's counters, the
 * estate's rules, the unit, the candidates for a repeat, live outages); the counters'
 * compare-and-set; the order; then, side by side, its notices and the logged result. The reads
 * start before the reservation answers: a retry wastes them but writes nothing.
 */
export function createOrder(ctx: ActionContext, input: CreateInput): Promise<Result<WorkOrder>> {
  const household = ctx.actor.unitId ?? ctx.actor.openid
  const now = new Date(ctx.now)
  const counts = readRepairCreateCounts(ctx.store, household, now)
  const facts = readFacts(ctx, input)
  // A retry never looks at them: their failure is handled here, and thrown again where they are awaited.
  counts.catch(() => undefined)
  facts.catch(() => undefined)
  return once(ctx, 'repair.create', input, async (record) => {
    const owned = await ctx.runtime.files.checkOwned(input.photos, ctx.actor)
    if (!owned.ok) return owned
    const slot = await takeRepairCreateSlot(ctx.store, household, now, counts)
    if (!slot.ok) return fail(slot.error)
    const created = await writeOrder(ctx, input, await facts, record)
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

/** Where the new order's fault is: the reporter's building (from the unit), or the public spot named. */
function orderPlace(
  input: CreateInput,
  unit: Unit | null,
): Pick<WorkOrder, 'category' | 'building' | 'location' | 'placeKey'> {
  const place = { category: input.category, building: unit?.building ?? null, location: input.location ?? null }
  return { ...place, placeKey: placeKeyOf(place) }
}

/** Where a repeat of this report would be: the reporter's home, or the public spot named. */
const faultPlace = (ctx: ActionContext, input: CreateInput): FaultPlace => ({
  category: input.category,
  unitId: ctx.actor.unitId ?? '',
  location: input.location ?? null,
})

/** The estate's rules and the facts about this report, read side by side. */
async function readFacts(ctx: ActionContext, input: CreateInput): Promise<OrderFacts> {
  // One read of the estate's settings serves both the SLA terms and the dispatch mode.
  const settingsRead = loadSettings(ctx.store)
  const qualityRead = loadQualityRules(ctx.store)
  const unitRead = ctx.actor.unitId ? ctx.store.collection('units').get(ctx.actor.unitId) : Promise.resolve(null)
  const [settings, estateDispatch, quality, routing, unit, candidates, outages] = await Promise.all([
    settingsRead,
    settingsRead.then((s) => dispatchFor(ctx.store, s, ctx.actor, input.category)),
    qualityRead,
    vendorRouteFor(ctx.store, input.category, ctx.now),
    unitRead,
    repeatCandidates(ctx.store, faultPlace(ctx, input)),
    readOutageView(
      ctx,
      qualityRead,
      unitRead.then((u) => orderPlace(input, u)),
    ),
  ])
  return { settings, estateDispatch, quality, routing, unit, candidates, outages }
}

/**
 * The order itself: recognised as a repeat (返修) when it undoes a recent job, routed (to a vendor
 * when a rule says so), promised its SLA terms, announced, and watched for an outage. The result a
 * retry gets is the order as written (without an incident the watch may link it to after).
 */
async function writeOrder(
  ctx: ActionContext,
  input: CreateInput,
  { settings, estateDispatch, quality, routing, unit, candidates, outages }: OrderFacts,
  record: RecordResult<WorkOrder>,
): Promise<Result<WorkOrder>> {
  const origin = findRepeatOrigin(candidates, faultPlace(ctx, input), ctx.now, quality.repeatWindowDays)
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
    ...orderPlace(input, unit),
    proofRequired: routing !== null || quality.proofForAll,
    repeat: null,
    incidentId: null,
  }
  // Who follows a repeat up is read beside the write, so the notices need no round trip of their own.
  const [saved, supervisors] = await Promise.all([
    ctx.store
      .collection('workOrders')
      .insert(withLiveIncident(ctx, origin ? linkRepeat(order, origin, ctx.now) : order, outages)),
    origin ? repeatSupervisors(ctx.store, order.gridId) : [],
  ])
  if (!saved) return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
  const [, , , , stored] = await Promise.all([
    record(saved),
    ctx.runtime.files.attach(input.photos, saved.id, ctx.actor),
    notifyChanges(ctx, rules, null, saved),
    origin ? announceRepeat(ctx, saved, quality.repeatWindowDays, supervisors) : null,
    watchForOutage(ctx, saved, quality, outages),
  ])
  return ok(stored)
}
