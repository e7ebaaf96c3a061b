import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { MAX_LIMIT } from '../store/query.normalize'
import type { Collection, Query, StoredDoc } from '../store/store.port'

/** What paging needs of a collection (repositories expose at least this). */
type Finder<T extends StoredDoc> = Pick<Collection<T>, 'find'>

/** One page of a manager list; pass `nextCursor` back as `cursor` for the next. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

// The cursor is the offset of the next page, opaque to clients so it may become a key later.
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
