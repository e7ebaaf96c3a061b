import { gridFor } from '@core/estate/grid'
import type { FeedbackRouting } from '@core/feedback/feedback.creation'
import type { Actor } from '@core/identity/actor'
import { listGrids } from '../estate/estate-settings'
import { resolveActor } from '../actor.resolver'

import type { Store } from '../store/store.port'

/** Feedback goes to the owner of the household's grid (as grid-dispatched repairs do), else to the pool. */
export async function routingFor(
  store: Store,
  resident: Actor,
  praisedOpenid: string | null,
): Promise<FeedbackRouting> {
  const [grids, unit, praised] = await Promise.all([
    listGrids(store),
    resident.unitId ? store.collection('units').get(resident.unitId) : null,
    praisedOpenid ? resolveActor(store, praisedOpenid) : null,
  ])
  const grid = unit ? gridFor(grids, unit.building, false) : null
  const owner = grid ? await resolveActor(store, grid.ownerOpenid) : null
  return { gridId: grid?.id ?? null, gridOwner: owner?.role === 'maintenance' ? owner : null, praised }
}
