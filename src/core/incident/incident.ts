import type { Actor } from '../identity/actor'
import type { Category, WorkOrder } from '../repair/work-order'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import { addMinutes, type IsoTime } from '../shared/time'

/**
 * A public outage (停水停电…): many homes report one fault at once. It is handled as one incident
 * with an ETA and updates, rather than as a pile of orders nobody can fix one by one.
 * proposed: spotted, waiting for a manager; open: announced; resolved / dismissed: over.
 */
export const INCIDENT_STATUSES = ['proposed', 'open', 'resolved', 'dismissed'] as const
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number]

/** Statuses in which new reports of the same fault join the incident. */
export const LIVE_INCIDENT_STATUSES: readonly IncidentStatus[] = ['proposed', 'open']

export interface IncidentUpdate {
  at: IsoTime
  by: string
  text: string
}

/** A resident who said 「我也遇到了」 instead of filing an order. */
export interface AffectedResident {
  openid: string
  unitId: string
  at: IsoTime
}

export interface Incident {
  id: string
  version: number
  status: IncidentStatus
  category: Category
  /** The building it hit (null when the fault is at a named public spot). */
  building: string | null
  location: string | null
  /** `building|location|category`: what a new report is matched against. Indexed. */
  placeKey: string
  title: string
  /** When the estate expects it fixed. */
  eta: IsoTime | null
  updates: IncidentUpdate[]
  orderIds: string[]
  affected: AffectedResident[]
  createdAt: IsoTime
  openedAt: IsoTime | null
  openedBy: string | null
  resolvedAt: IsoTime | null
  resolution: string | null
  /** Residents of the building told when it opened (each once). */
  residentsNotified: number
}

/** What an order says of where its fault is. */
export type Place = Pick<WorkOrder, 'category'> & { building?: string | null; location?: string | null }

/** The key an order and an incident share when they are about the same fault at the same place. */
export const placeKeyOf = (o: Place): string =>
  o.location ? `spot|${o.location}|${o.category}` : `building|${o.building ?? ''}|${o.category}`

/** Whether an order can be part of an outage: it says where (a building or a spot). */
export const hasPlace = (o: Place) => Boolean(o.location || o.building)

export interface IncidentRules {
  threshold: number
  windowMinutes: number
}

/**
 * The recent orders that together look like an outage with `fresh`: same place and category,
 * reported within the window, open, not yet part of an incident. Null below the threshold.
 */
export function outageCluster(
  recent: readonly WorkOrder[],
  fresh: WorkOrder,
  now: IsoTime,
  rules: IncidentRules,
): WorkOrder[] | null {
  if (!hasPlace(fresh)) return null
  const since = addMinutes(now, -rules.windowMinutes)
  const key = placeKeyOf(fresh)
  const cluster = recent.filter(
    (o) =>
      o.createdAt >= since &&
      !o.incidentId &&
      o.status !== 'cancelled' &&
      o.status !== 'closed' &&
      placeKeyOf(o) === key,
  )
  if (!cluster.some((o) => o.id === fresh.id)) cluster.push(fresh)
  return cluster.length >= rules.threshold ? cluster : null
}

/** A newly spotted outage: proposed to the managers, or opened at once when the estate says so. */
export function spotIncident(
  id: string,
  orders: readonly WorkOrder[],
  now: IsoTime,
  title: string,
  autoOpen: boolean,
): Incident {
  const first = orders[0]!
  return {
    id,
    version: 0,
    status: autoOpen ? 'open' : 'proposed',
    category: first.category,
    building: first.location ? null : (first.building ?? null),
    location: first.location ?? null,
    placeKey: placeKeyOf(first),
    title,
    eta: null,
    updates: [],
    orderIds: orders.map((o) => o.id),
    affected: [],
    createdAt: now,
    openedAt: autoOpen ? now : null,
    openedBy: autoOpen ? 'system' : null,
    resolvedAt: null,
    resolution: null,
    residentsNotified: 0,
  }
}

const refuse = (why: string) => fail(appError(ErrorCode.INVALID_TRANSITION, why))

/** A manager confirms a proposed incident (or edits an open one's title and ETA). */
export function openIncident(
  incident: Incident,
  manager: Actor,
  now: IsoTime,
  input: { title?: string; eta?: IsoTime },
): Result<Incident> {
  if (!LIVE_INCIDENT_STATUSES.includes(incident.status)) return refuse(`the incident is ${incident.status}`)
  return ok({
    ...incident,
    status: 'open',
    title: input.title ?? incident.title,
    eta: input.eta ?? incident.eta,
    openedAt: incident.openedAt ?? now,
    openedBy: incident.openedBy ?? manager.openid,
  })
}

export function dismissIncident(incident: Incident): Result<Incident> {
  if (incident.status !== 'proposed') return refuse('only a proposed incident is dismissed')
  return ok({ ...incident, status: 'dismissed' })
}

export function postUpdate(
  incident: Incident,
  manager: Actor,
  now: IsoTime,
  input: { text: string; eta?: IsoTime },
): Result<Incident> {
  if (incident.status !== 'open') return refuse('updates are posted on open incidents')
  return ok({
    ...incident,
    eta: input.eta ?? incident.eta,
    updates: [...incident.updates, { at: now, by: manager.openid, text: input.text }],
  })
}

export function resolveIncident(incident: Incident, now: IsoTime, resolution: string): Result<Incident> {
  if (incident.status !== 'open') return refuse('only an open incident is resolved')
  return ok({ ...incident, status: 'resolved', resolvedAt: now, resolution })
}

/** A resident says 「我也遇到了」: counted once per person. */
export function joinIncident(incident: Incident, resident: Actor, now: IsoTime): Result<Incident> {
  if (incident.status !== 'open') return refuse('the incident is not open')
  if (incident.affected.some((a) => a.openid === resident.openid)) return ok(incident)
  return ok({
    ...incident,
    affected: [...incident.affected, { openid: resident.openid, unitId: resident.unitId ?? '', at: now }],
  })
}

/** Links one more order of the same fault. */
export const linkOrder = (incident: Incident, orderId: string): Incident =>
  incident.orderIds.includes(orderId) ? incident : { ...incident, orderIds: [...incident.orderIds, orderId] }
