import { queryableFields, type CollectionName } from './collections'
import { UndeclaredFieldError, type Query, type Range, type Scalar, type Where } from './store.port'

/**
 * Both adapters translate the same checked, flattened form of a query, so the rules
 * (declared fields only, a bounded page) hold identically on SQLite and CloudBase.
 */

export type RangeOp = keyof Range

/** One condition on one field; a range with two bounds becomes two clauses on the same field. */
export type Clause =
  | { field: string; op: 'eq'; value: Scalar }
  | { field: string; op: 'in'; values: Scalar[] }
  | { field: string; op: RangeOp; value: Scalar }

export interface NormalQuery {
  clauses: Clause[]
  orderBy: { field: string; direction: 'asc' | 'desc' } | null
  limit: number
  skip: number
}

const RANGE_OPS: readonly RangeOp[] = ['gt', 'gte', 'lt', 'lte']

export const MAX_LIMIT = 1000

function checkField(collection: CollectionName, fields: ReadonlySet<string>, field: string): void {
  if (field !== 'id' && !fields.has(field)) throw new UndeclaredFieldError(collection, field)
}

export function normalizeWhere(collection: CollectionName, where: Where): Clause[] {
  const fields = queryableFields(collection)
  const clauses: Clause[] = []
  for (const [field, condition] of Object.entries(where)) {
    checkField(collection, fields, field)
    if (condition === null || typeof condition !== 'object') {
      clauses.push({ field, op: 'eq', value: condition })
    } else if ('in' in condition) {
      clauses.push({ field, op: 'in', values: condition.in })
    } else {
      const ops = Object.keys(condition)
      const unknown = ops.find((op) => !RANGE_OPS.includes(op as RangeOp))
      if (unknown !== undefined || ops.length === 0) {
        throw new TypeError(`${collection}.${field}: a condition is a value, {in: [...]} or a range of gt/gte/lt/lte`)
      }
      for (const op of RANGE_OPS) {
        const value = condition[op]
        if (value !== undefined) clauses.push({ field, op, value })
      }
    }
  }
  return clauses
}

export function normalizeQuery(collection: CollectionName, query: Query): NormalQuery {
  const { limit, skip = 0, orderBy } = query
  // An unbounded or huge page is a programming error: CloudBase would silently cap it.
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new RangeError(`${collection}: limit must be an integer in 1..${MAX_LIMIT}, got ${limit}`)
  }
  if (!Number.isInteger(skip) || skip < 0) throw new RangeError(`${collection}: skip must be a non-negative integer`)
  if (orderBy) checkField(collection, queryableFields(collection), orderBy.field)
  return { clauses: normalizeWhere(collection, query.where), orderBy: orderBy ?? null, limit, skip }
}
