import type { SlaPolicy, SlaWindows } from '../repair/sla'
import type { Category, Priority } from '../repair/work-order'
import { formatLocal, type IsoTime } from '../shared/time'

/**
 * An outside service company (外包单位: lifts, fire safety, gardening…) the estate contracts. Orders
 * of a category routed to it run on the windows its contract promises, not the estate's own.
 */
export interface Vendor {
  id: string
  version: number
  name: string
  /** The repair categories the contract covers; routing a category outside them is refused. */
  categories: Category[]
  /** First and last day of the contract, YYYY-MM-DD in the estate's zone, both included. */
  contractFrom: string
  contractTo: string
  contactName: string
  contactPhone: string
  /** Contracted windows per category and priority; what is not set falls back to the estate's. */
  sla: VendorSla
  /** Who receives every order in `dispatcher` routing: one of the vendor's own workers. */
  dispatcherOpenid: string | null
  createdAt: IsoTime
}

export type VendorSla = Partial<Record<Category, Partial<Record<Priority, SlaWindows>>>>

/** pool: any of the vendor's workers grabs it; dispatcher: the vendor's dispatcher receives it and hands it on. */
export const VENDOR_ROUTE_MODES = ['pool', 'dispatcher'] as const
export type VendorRouteMode = (typeof VENDOR_ROUTE_MODES)[number]

/** A dispatch rule: new orders of the category (the id) go to the vendor. One rule per category. */
export interface VendorRoute {
  id: Category
  version: number
  vendorId: string
  mode: VendorRouteMode
}

/** A category's rule as the console shows it; vendorId null means in-house. */
export interface RouteView {
  category: Category
  vendorId: string | null
  mode: VendorRouteMode | null
}

/** Whether the contract runs on the local day of `now`. */
export function underContract(vendor: Pick<Vendor, 'contractFrom' | 'contractTo'>, now: IsoTime): boolean {
  const today = formatLocal(now, 'YYYY-MM-DD')
  return vendor.contractFrom <= today && today <= vendor.contractTo
}

/** The estate's policy with the vendor's contracted windows laid over it, category by category. */
export function vendorPolicy(policy: SlaPolicy, vendor: Pick<Vendor, 'sla'>): SlaPolicy {
  const byCategory = { ...policy.byCategory }
  for (const [category, windows] of Object.entries(vendor.sla) as [Category, VendorSla[Category]][]) {
    byCategory[category] = { ...policy.byCategory[category], ...windows }
  }
  return { ...policy, byCategory }
}
