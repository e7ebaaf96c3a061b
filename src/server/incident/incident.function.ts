import {
  dismissIncident,
  joinIncident,
  LIVE_INCIDENT_STATUSES,
  openIncident,
  postUpdate,
  resolveIncident,
  type Incident,
} from '@core/incident/incident'
import { closeForIncident } from '@core/incident/incident-orders'
import {
  incidentRefSchema,
  incidentUpdateSchema,
  listIncidentsSchema,
  openIncidentSchema,
  resolveIncidentSchema,
} from '@core/incident/incident.schemas'
import type { Actor } from '@core/identity/actor'
import type { WorkOrder } from '@core/repair/work-order'
import { notFoundError } from '@core/shared/errors'
import { notFound, ok, type Result } from '@core/shared/result'
import { action, type ActionContext } from '../action'
import { defineFunction } from '../define-function'
import { loadRules } from '../estate/estate-settings'
import type { Store, Where } from '../store/store.port'
import { updateDoc } from '../store/update-doc'
import { announceResolved } from './incident-notices'
import { recordAnnounced } from './outage-watch'

/** Incidents are few: a year of them fits one read. */
const INCIDENTS_READ = 200

async function buildingOf(store: Store, actor: Actor): Promise<string | null> {
  return actor.unitId ? ((await store.collection('units').get(actor.unitId))?.building ?? null) : null
}

/** Residents see open and resolved incidents of their own building, and those at named public spots. */
const concerns = (incident: Incident, building: string | null) =>
  (incident.status === 'open' || incident.status === 'resolved') &&
  (incident.location !== null || (building !== null && incident.building === building))

async function findVisible(ctx: ActionContext, id: string): Promise<Result<Incident>> {
  const incident = await ctx.store.collection('incidents').get(id)
  if (!incident) return notFound('incident')
  if (ctx.actor.role === 'manager' || concerns(incident, await buildingOf(ctx.store, ctx.actor))) return ok(incident)
  return notFound('incident')
}

async function change(
  ctx: ActionContext,
  id: string,
  apply: (incident: Incident) => Result<Incident>,
): Promise<Result<{ before: Incident; doc: Incident }>> {
  return updateDoc(ctx.store.collection('incidents'), id, apply, { missing: () => notFoundError('incident') })
}

/** Closes every linked order still open, each once (an order already closed or cancelled is left alone). */
async function closeLinkedOrders(ctx: ActionContext, incident: Incident): Promise<WorkOrder[]> {
  const rules = await loadRules(ctx.store)
  const closed: WorkOrder[] = []
  for (const id of incident.orderIds) {
    const updated = await updateDoc(ctx.store.collection('workOrders'), id, (o) =>
      o.status === 'closed' || o.status === 'cancelled'
        ? ok(null)
        : closeForIncident(o, ctx.now, rules, incident.resolution ?? ''),
    )
    if (updated.ok && updated.value.written) closed.push(updated.value.doc)
  }
  return closed
}

/** Public outages (停水停电…): spotted from clustered reports, announced once, resolved for every linked order. */
export const incidentFunction = defineFunction('incident', {
  actions: {
    list: action({
      roles: ['resident', 'manager'],
      input: listIncidentsSchema,
      async run(input, ctx) {
        const incidents = ctx.store.collection('incidents')
        const newestFirst = { field: 'createdAt', direction: 'desc' } as const
        if (ctx.actor.role === 'resident' || input.scope === 'mine') {
          const building = await buildingOf(ctx.store, ctx.actor)
          const open = await incidents.find({ where: { status: 'open' }, orderBy: newestFirst, limit: INCIDENTS_READ })
          return ok({ items: open.filter((i) => concerns(i, building)) })
        }
        const where: Where = input.scope === 'live' ? { status: { in: [...LIVE_INCIDENT_STATUSES] } } : {}
        return ok({ items: await incidents.find({ where, orderBy: newestFirst, limit: INCIDENTS_READ }) })
      },
    }),
    get: action({
      roles: ['resident', 'manager'],
      input: incidentRefSchema,
      run: (input, ctx) => findVisible(ctx, input.id),
    }),
    /** Confirms a proposed incident (announcing it to the buildings once), or corrects an open one. */
    open: action({
      roles: ['manager'],
      audit: true,
      input: openIncidentSchema,
      async run(input, ctx) {
        const opened = await change(ctx, input.id, (i) => openIncident(i, ctx.actor, ctx.now, input))
        if (!opened.ok) return opened
        if (opened.value.before.status === 'proposed') await recordAnnounced(ctx, opened.value.doc)
        return ok((await ctx.store.collection('incidents').get(input.id)) ?? opened.value.doc)
      },
    }),
    dismiss: action({
      roles: ['manager'],
      audit: true,
      input: incidentRefSchema,
      async run(input, ctx) {
        const dismissed = await change(ctx, input.id, dismissIncident)
        return dismissed.ok ? ok(dismissed.value.doc) : dismissed
      },
    }),
    update: action({
      roles: ['manager'],
      input: incidentUpdateSchema,
      async run(input, ctx) {
        const updated = await change(ctx, input.id, (i) => postUpdate(i, ctx.actor, ctx.now, input))
        return updated.ok ? ok(updated.value.doc) : updated
      },
    }),
    /** The fault is fixed at its source: every linked order closes, and each household hears once. */
    resolve: action({
      roles: ['manager'],
      audit: true,
      input: resolveIncidentSchema,
      async run(input, ctx) {
        const resolved = await change(ctx, input.id, (i) => resolveIncident(i, ctx.now, input.resolution))
        if (!resolved.ok) return resolved
        const closed = await closeLinkedOrders(ctx, resolved.value.doc)
        await announceResolved(ctx, resolved.value.doc, closed)
        return ok({ incident: resolved.value.doc, closedOrders: closed.length })
      },
    }),
    /** 「我也遇到了」: a resident of an affected building counts themselves in instead of filing an order. */
    join: action({
      roles: ['resident'],
      input: incidentRefSchema,
      async run(input, ctx) {
        const visible = await findVisible(ctx, input.id)
        if (!visible.ok) return visible
        const joined = await change(ctx, input.id, (i) => joinIncident(i, ctx.actor, ctx.now))
        return joined.ok ? ok(joined.value.doc) : joined
      },
    }),
  },
})
