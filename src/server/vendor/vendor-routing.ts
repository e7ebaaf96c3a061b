import type { Actor } from '@core/identity/actor'
import type { Category } from '@core/repair/work-order'
import { underContract, type Vendor, type VendorRouteMode } from '@core/vendor/vendor'
import type { IsoTime } from '@core/shared/time'
import { resolveActor } from '../actor.resolver'
import type { Store } from '../store/store.port'

export interface VendorRouting {
  vendor: Vendor
  mode: VendorRouteMode
  /** In dispatcher mode: the vendor worker who receives every order. */
  dispatcher: Actor | null
}

/**
 * The vendor a new order of `category` goes to, if a rule routes it to one that covers the category
 * and is under contract today; otherwise the order stays in-house (a lapsed contract strands nobody).
 */
export async function vendorRouteFor(store: Store, category: Category, now: IsoTime): Promise<VendorRouting | null> {
  const route = await store.collection('vendorRoutes').get(category)
  if (!route) return null
  const vendor = await store.collection('vendors').get(route.vendorId)
  if (!vendor || !vendor.categories.includes(category) || !underContract(vendor, now)) return null
  const candidate =
    route.mode === 'dispatcher' && vendor.dispatcherOpenid ? await resolveActor(store, vendor.dispatcherOpenid) : null
  const dispatcher = candidate?.role === 'vendor' && candidate.vendorId === vendor.id ? candidate : null
  return { vendor, mode: route.mode, dispatcher }
}

/** A vendor's workers, by name. */
export async function vendorWorkers(store: Store, vendorId: string): Promise<Actor[]> {
  const users = await store.collection('users').find({ where: { role: 'vendor' }, limit: 1000 })
  return users
    .filter((u) => u.vendorId === vendorId)
    .map((u) => ({ openid: u.id, role: u.role, unitId: null, name: u.name, vendorId: u.vendorId ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
