import { placeKeyOf } from '@core/incident/incident'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import { repeatNotice, type FaultPlace } from '@core/repair/repeat-fault'
import type { WorkOrder } from '@core/repair/work-order'
import type { Context } from '../action'
import { notify, type Notice } from '../notify/notifier'
import type { Store, Where } from '../store/store.port'

/** A home files a few hundred orders at most in a year; the window is days, newest first. */
const CANDIDATES_READ = 200

/**
 * The orders a new report at `place` may repeat, newest first through an index (`findRepeatOrigin`
 * picks among them): at a public spot, the spot's orders of the same category (its `placeKey`);
 * at home, the home's. Read alongside the estate's rules, so the window is applied afterwards: a
 * bound on createdAt would miss a job reported before the window and finished within it.
 */
export function repeatCandidates(store: Store, place: FaultPlace): Promise<WorkOrder[]> {
  const where: Where = place.location
    ? { placeKey: placeKeyOf({ category: place.category, location: place.location }) }
    : { unitId: place.unitId }
  return store
    .collection('workOrders')
    .find({ where, orderBy: { field: 'createdAt', direction: 'desc' }, limit: CANDIDATES_READ })
}

/** Who follows a repeat up: the grid owner, or the managers when there is no grid. */
export async function repeatSupervisors(store: Store, gridId: string | null): Promise<string[]> {
  const grid = gridId ? await store.collection('grids').get(gridId) : null
  return grid
    ? [grid.ownerOpenid]
    : (await store.collection('users').find({ where: { role: 'manager' }, limit: 100 })).map((u) => u.id)
}

/** The supervisors hear of the repeat; the resident hears it is being taken seriously. */
export async function announceRepeat(
  ctx: Context,
  order: WorkOrder,
  windowDays: number,
  supervisors: readonly string[],
): Promise<void> {
  const ref = { type: 'repair', id: order.id }
  const place = order.location ?? order.unitId
  const notices: Notice[] = [
    ...supervisors.map((toOpenid) => ({
      toOpenid,
      kind: 'repair_repeat',
      title: '返修工单，请跟进',
      body: `${place} ${CATEGORY_LABEL[order.category]}在${windowDays}天内再次报修，已加急`,
      ref,
    })),
    { toOpenid: order.residentOpenid, kind: 'repair_repeat', title: '返修已加急', body: repeatNotice(windowDays), ref },
  ]
  await notify(ctx, notices)
}
