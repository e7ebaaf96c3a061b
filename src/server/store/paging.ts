import { appError, ErrorCode } from '@core/shared/errors'
import type { Page } from '@core/shared/page'
import { fail, ok, type Result } from '@core/shared/result'
import { MAX_LIMIT } from './query.normalize'
import type { Collection, Query, StoredDoc } from './store.port'

/** What paging needs of a collection. */
type Finder<T extends StoredDoc> = Pick<Collection<T>, 'find'>

// The one cursor format of every list: the offset of the next page, opaque to clients so it may
// become a key later.
const encodeCursor = (offset: number) => Buffer.from(`o${offset}`).toString('base64url')
function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return 0
  const text = Buffer.from(cursor, 'base64url').toString()
  const offset = text.startsWith('o') ? Number(text.slice(1)) : Number.NaN
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : null
}

/** A page of `query`, fetching one extra row to know whether another page follows. */
export async function findPage<T extends StoredDoc>(
  collection: Finder<T>,
  query: Omit<Query, 'limit' | 'skip'>,
  page: { limit: number; cursor?: string },
): Promise<Result<Page<T>>> {
  const skip = decodeCursor(page.cursor)
  if (skip === null) return fail(appError(ErrorCode.VALIDATION_FAILED, 'bad cursor', { cursor: ['无效的分页参数'] }))
  const rows = await collection.find({ ...query, limit: page.limit + 1, skip })
  return ok({
    items: rows.slice(0, page.limit),
    nextCursor: rows.length > page.limit ? encodeCursor(skip + page.limit) : null,
  })
}

/** Whole-set reads page in id order, so no page repeats or skips a document. */
export const BY_ID = { field: 'id', direction: 'asc' } as const

/** Every match up to `max` documents, in the store's largest pages; `truncated` when more exist. */
export async function findUpTo<T extends StoredDoc>(
  collection: Finder<T>,
  query: Omit<Query, 'limit' | 'skip'>,
  max: number,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = []
  for (let skip = 0; skip < max; skip += MAX_LIMIT) {
    const rows = await collection.find({ ...query, limit: Math.min(MAX_LIMIT, max - skip), skip })
    items.push(...rows)
    if (rows.length < Math.min(MAX_LIMIT, max - skip)) return { items, truncated: false }
  }
  // Exactly `max` read: one more row tells whether anything was left out.
  const beyond = await collection.find({ ...query, limit: 1, skip: max })
  return { items, truncated: beyond.length > 0 }
}

/** Whole-set reads stop here: 200 000 documents, far beyond one estate's month of bills. */
const MAX_WHOLE_SET = 200_000

/** Every document `where` matches, in id order; a set beyond MAX_WHOLE_SET is a broken invariant. */
export async function findAll<T extends StoredDoc>(collection: Finder<T>, where: Query['where']): Promise<T[]> {
  const { items, truncated } = await findUpTo(collection, { where, orderBy: BY_ID }, MAX_WHOLE_SET)
  if (truncated) throw new Error(`query matched more than ${MAX_WHOLE_SET} documents`)
  return items
}
