import type { Incident } from '@core/incident/incident'
import type { WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'
import type { Context } from '../action'
import { notify, type Notice } from '../notify/notifier'
import type { Store } from '../store/store.port'

const ref = (incident: Incident) => ({ type: 'incident', id: incident.id })
const etaText = (incident: Incident) =>
  incident.eta ? `，预计 ${formatLocal(incident.eta, 'MM-DD HH:mm')} 前修复` : ''

/** The buildings an incident hits: its own, or (at a named spot) those its reporters live in. */
async function affectedBuildings(store: Store, incident: Incident): Promise<string[]> {
  if (incident.building) return [incident.building]
  const orders = await Promise.all(incident.orderIds.map((id) => store.collection('workOrders').get(id)))
  return [...new Set(orders.flatMap((o) => (o?.building ? [o.building] : [])))]
}

/** Every resident of the buildings, once each. */
async function residentsOf(store: Store, buildings: readonly string[]): Promise<string[]> {
  const units = (
    await Promise.all(buildings.map((building) => store.collection('units').find({ where: { building }, limit: 1000 })))
  ).flat()
  if (units.length === 0) return []
  const users = await store
    .collection('users')
    .find({ where: { role: 'resident', unitId: { in: units.map((u) => u.id) } }, limit: 1000 })
  return [...new Set(users.map((u) => u.id))]
}

/** A manager is asked to confirm what looks like an outage. */
export async function promptManagers(ctx: Context, incident: Incident): Promise<void> {
  const managers = await ctx.store.collection('users').find({ where: { role: 'manager' }, limit: 100 })
  await notify(
    ctx,
    managers.map((m) => ({
      toOpenid: m.id,
      kind: 'incident_proposed',
      title: '疑似公共故障，请确认',
      body: `${incident.title}：${incident.orderIds.length} 户在短时间内报修`,
      ref: ref(incident),
    })),
  )
}

/** The opening announcement to every resident of the affected buildings; answers how many were told. */
export async function announceOpen(ctx: Context, incident: Incident): Promise<number> {
  const residents = await residentsOf(ctx.store, await affectedBuildings(ctx.store, incident))
  await notify(
    ctx,
    residents.map((toOpenid) => ({
      toOpenid,
      kind: 'incident_opened',
      title: '公共故障通知',
      body: `${incident.title}，物业正在处理${etaText(incident)}。无需重复报修，可在报修页点「我也遇到了」`,
      ref: ref(incident),
    })),
  )
  return residents.length
}

/** One notice per closed order, and one to each resident who only said 「我也遇到了」. */
export async function announceResolved(ctx: Context, incident: Incident, closed: readonly WorkOrder[]): Promise<void> {
  const body = `${incident.title}已修复：${incident.resolution ?? ''}`
  const orderNotices: Notice[] = closed.map((o) => ({
    toOpenid: o.residentOpenid,
    kind: 'incident_resolved',
    title: '您的报修已随公共故障修复',
    body,
    ref: { type: 'repair', id: o.id },
  }))
  const told = new Set(closed.map((o) => o.residentOpenid))
  const joined: Notice[] = incident.affected
    .filter((a) => !told.has(a.openid))
    .map((a) => ({ toOpenid: a.openid, kind: 'incident_resolved', title: '公共故障已修复', body, ref: ref(incident) }))
  await notify(ctx, [...orderNotices, ...joined])
}
