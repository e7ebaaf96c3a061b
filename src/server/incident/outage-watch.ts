import {
  hasPlace,
  linkOrder,
  LIVE_INCIDENT_STATUSES,
  outageCluster,
  placeKeyOf,
  type Place,
  spotIncident,
  type Incident,
} from '@core/incident/incident'
import { incidentTitle } from '@core/incident/incident.labels'
import { linkToIncident } from '@core/incident/incident-orders'
import type { QualityRules } from '@core/repair/quality-rules'
import type { WorkOrder } from '@core/repair/work-order'
import { ok } from '@core/shared/result'
import { addMinutes } from '@core/shared/time'
import type { Context } from '../action'
import { updateDoc } from '../store/update-doc'
import { announceOpen, promptManagers } from './incident-notices'

/** Reports of one fault at one place within a window: far more than any real outage brings. */
const RECENT_READ = 1000
/** Live incidents of one fault at one place: one, as a new report joins the live one. */
const LIVE_READ = 100

async function linkOrders(ctx: Context, incident: Incident, orders: readonly WorkOrder[]): Promise<void> {
  for (const order of orders) {
    await updateDoc(ctx.store.collection('workOrders'), order.id, (o) =>
      ok(o.incidentId ? null : linkToIncident(o, incident.id, incident.title, ctx.now)),
    )
  }
}

/**
 * Adds a new report to a live incident of the same fault: the incident lists it (from `read`, the
 * incident as just read, when given), and the order is linked unless it was written linked already.
 */
async function joinLive(ctx: Context, incident: Incident, order: WorkOrder, read?: Incident): Promise<void> {
  await updateDoc(ctx.store.collection('incidents'), incident.id, (i) => ok(linkOrder(i, order.id)), { read })
  if (order.incidentId !== incident.id) await linkOrders(ctx, incident, [order])
}

/** The live incident of the same fault a new order joins: it is written linked to it (see `withLiveIncident`). */
function liveIncidentFor(order: WorkOrder, { live }: OutageView): Incident | null {
  return hasPlace(order) ? (live.find((i) => i.placeKey === placeKeyOf(order)) ?? null) : null
}

/**
 * A new order as it should be written: linked already to the live incident of its fault, so joining
 * costs the incident's write alone (beside the order's notices) rather than a rewrite of the order.
 */
export function withLiveIncident(ctx: Context, order: WorkOrder, view: OutageView): WorkOrder {
  const live = liveIncidentFor(order, view)
  return live ? linkToIncident(order, live.id, live.title, ctx.now) : order
}

/** Records how many residents the opening notice reached. */
export async function recordAnnounced(ctx: Context, incident: Incident): Promise<void> {
  const told = await announceOpen(ctx, incident)
  await updateDoc(ctx.store.collection('incidents'), incident.id, (i) => ok({ ...i, residentsNotified: told }))
}

/** What spotting an outage needs to know, read before the new order is written (alongside its other reads). */
export interface OutageView {
  /** Proposed and open incidents of the new order's fault: one at most, in practice. */
  live: Incident[]
  /** Orders of the same fault's place reported within the detection window, oldest first. */
  recent: WorkOrder[]
}

const NO_OUTAGE: OutageView = { live: [], recent: [] }

/**
 * Reads only what concerns the new order's place (`placeKey`, indexed): the estate's other reports
 * could never join its cluster, so their number does not weigh on a create. The place waits for the
 * unit (its building) and the window for the rules, both read beside it.
 */
export async function readOutageView(
  ctx: Context,
  rules: Promise<QualityRules>,
  place: Promise<Place>,
): Promise<OutageView> {
  const [{ incident }, fresh] = await Promise.all([rules, place])
  if (!hasPlace(fresh)) return NO_OUTAGE
  const placeKey = placeKeyOf(fresh)
  const [live, recent] = await Promise.all([
    ctx.store
      .collection('incidents')
      .find({ where: { placeKey, status: { in: [...LIVE_INCIDENT_STATUSES] } }, limit: LIVE_READ }),
    ctx.store.collection('workOrders').find({
      where: { placeKey, createdAt: { gte: addMinutes(ctx.now, -incident.windowMinutes) } },
      orderBy: { field: 'createdAt', direction: 'asc' },
      limit: RECENT_READ,
    }),
  ])
  return { live, recent }
}

/**
 * After a report is stored: joins it to a live incident of the same fault, or spots a new one when
 * enough homes in one building (or at one spot) report the same category within the window. Answers
 * the order as stored afterwards.
 */
export async function watchForOutage(
  ctx: Context,
  order: WorkOrder,
  rules: QualityRules,
  { live: liveIncidents, recent }: OutageView,
): Promise<WorkOrder> {
  if (!hasPlace(order)) return order
  const incidents = ctx.store.collection('incidents')
  const live = liveIncidentFor(order, { live: liveIncidents, recent })
  if (live) {
    await joinLive(ctx, live, order, live)
    return order.incidentId === live.id ? order : ((await ctx.store.collection('workOrders').get(order.id)) ?? order)
  }
  const cluster = outageCluster(recent, order, ctx.now, rules.incident)
  if (!cluster) return order
  // Named after the earliest report, so two reports racing to spot the same outage make one incident.
  const id = `inc-${cluster[0]!.id}`
  const title = incidentTitle(order.category, { building: order.building ?? null, location: order.location ?? null })
  const spotted = await incidents.insert(spotIncident(id, cluster, ctx.now, title, rules.incident.autoOpen))
  if (!spotted) {
    const existing = await incidents.get(id)
    if (existing) await joinLive(ctx, existing, order)
  } else {
    await linkOrders(ctx, spotted, cluster)
    if (spotted.status === 'open') await recordAnnounced(ctx, spotted)
    else await promptManagers(ctx, spotted)
  }
  return (await ctx.store.collection('workOrders').get(order.id)) ?? order
}
