import { ROLES } from '@core/identity/actor'
import { storedDocument, type FieldSchemas } from '@core/shared/reply-schemas'
import { z } from '@core/shared/zod'
import type { UserDoc } from './documents'

// How one collection of the registry (collections.ts) is declared, and the field schemas the
// declarations share.

/**
 * `estate`: documents one estate owns (the store will scope every read and write to the caller's
 * estate). `global`: keyed by a WeChat user across estates, or the platform's own bookkeeping.
 */
export type Scope = 'estate' | 'global'

export interface CollectionSpec<T> {
  /** Parses each document read; checks the listed fields and keeps the others as stored. */
  schema: z.ZodType<T>
  /** Ordered lists of (dotted) field paths; an estate collection's all lead with `estateId`. */
  indexes: readonly (readonly string[])[]
  scope: Scope
  /**
   * Estate collections only: the few lookups the platform makes before it knows the estate (a
   * visitor's shared link), served by the store's `acrossEstates`. Not led by `estateId`.
   */
  acrossEstates?: readonly (readonly string[])[]
}

/** The field the store stamps on every document of an estate collection. */
export const ESTATE_FIELD = 'estateId'

/**
 * Indexes as the backends hold them: an estate collection's lead with the estate (every query the
 * scoped store sends names it), and it always has the estate alone, which counts and migration use.
 */
export function tenancyIndexes(
  scope: Scope,
  indexes: readonly (readonly string[])[],
  acrossEstates: readonly (readonly string[])[] = [],
): readonly (readonly string[])[] {
  if (scope === 'global') return indexes
  return [[ESTATE_FIELD], ...indexes.map((fields) => [ESTATE_FIELD, ...fields]), ...acrossEstates]
}

/**
 * A collection of `T`: the schema checks id, version and the fields given (above all the indexed ones).
 * The fields come as a function and the schema is built on its first use: a function reads a few
 * of the ~40 collections, and zod's schema building was a third of its cold start.
 */
export const collectionOf =
  <T extends { id: string; version: number }>() =>
  <S extends Record<string, z.ZodType>>(spec: {
    fields: () => S & FieldSchemas<T, S>
    indexes: readonly (readonly string[])[]
    scope: Scope
    acrossEstates?: readonly (readonly string[])[]
  }): CollectionSpec<T> => {
    let schema: z.ZodType<T> | undefined
    return {
      get schema() {
        schema ??= storedDocument<T>(spec.fields())
        return schema
      },
      indexes: tenancyIndexes(spec.scope, spec.indexes, spec.acrossEstates),
      scope: spec.scope,
      acrossEstates: spec.acrossEstates,
    }
  }

export const time = z.string()
/** The roles a stored person can have: every role but guest (a guest is someone the estate does not know). */
export const USER_ROLES = ROLES.filter((role): role is UserDoc['role'] => role !== 'guest') as [
  UserDoc['role'],
  ...UserDoc['role'][],
]
export const nullableTime = z.string().nullable()
