import type { EstateSettings } from '@core/estate/estate-settings'
import { gridFor } from '@core/estate/grid'
import type { Actor } from '@core/identity/actor'
import type { Category } from '@core/repair/work-order'
import type { Dispatch } from '@core/repair/work-order.creation'
import { listGrids } from '../estate/estate-settings'
import { resolveActor } from '../actor.resolver'

import type { Store } from '../store/store.port'

/** How a new order of `category` from `resident` is routed: the category's mode and the unit's grid. */
export async function dispatchFor(
  store: Store,
  settings: EstateSettings,
  resident: Actor,
  category: Category,
): Promise<Dispatch> {
  const [grids, unit] = await Promise.all([
    listGrids(store),
    resident.unitId ? store.collection('units').get(resident.unitId) : null,
  ])
  const grid =
    unit || category === 'public_area' ? gridFor(grids, unit?.building ?? '', category === 'public_area') : null
  const mode = settings.dispatch[category] ?? 'pool'
  const owner = mode === 'grid' && grid ? await resolveActor(store, grid.ownerOpenid) : null
  return { mode, gridId: grid?.id ?? null, gridOwner: owner?.role === 'maintenance' ? owner : null }
}
