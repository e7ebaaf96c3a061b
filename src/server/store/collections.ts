import type { CollectionSpec } from './collection-spec'
import { ESTATE_COLLECTIONS } from './estate.collections'
import { PLATFORM_COLLECTIONS } from './platform.collections'
import { REPAIR_COLLECTIONS } from './repair.collections'
import { RESIDENT_SERVICE_COLLECTIONS } from './resident-services.collections'

export { ESTATE_FIELD, type CollectionSpec } from './collection-spec'

/**
 * Every collection, declared once: its document type, the schema reads are parsed with, its
 * indexes and its tenancy (how a declaration reads: collection-spec.ts). The SQLite adapter creates
 * the indexes (generated columns over the JSON document); the deploy's `db:setup` and security
 * rules apply the same list to CloudBase. A field may be queried or sorted on only if some index of
 * its collection names it. Grouped by module in the `*.collections.ts` files beside this one.
 */
export const COLLECTIONS = {
  ...REPAIR_COLLECTIONS,
  ...ESTATE_COLLECTIONS,
  ...RESIDENT_SERVICE_COLLECTIONS,
  ...PLATFORM_COLLECTIONS,
} as const

export type CollectionName = keyof typeof COLLECTIONS

/** The document type stored in collection `N`. */
export type DocOf<N extends CollectionName> =
  (typeof COLLECTIONS)[N] extends CollectionSpec<infer T extends { id: string; version: number }> ? T : never

const QUERYABLE = new Map(
  Object.entries(COLLECTIONS).map(([name, spec]) => [name, new Set<string>(spec.indexes.flat())] as const),
)

/** The fields a collection may be queried or sorted on (made once: every query checks them). */
export function queryableFields(name: CollectionName): ReadonlySet<string> {
  return QUERYABLE.get(name)!
}

export const isEstateCollection = (name: CollectionName): boolean => COLLECTIONS[name].scope === 'estate'
