import type { AppError } from '@core/shared/errors'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { Collection, StoredDoc } from './store.port'

/** Lost compare-and-sets are retried on fresh data, where the domain decides again. */
const DEFAULT_ATTEMPTS = 5

export interface UpdateOptions<T = never> {
  /** The failure for a document that is not there (default NOT_FOUND). */
  missing?: (id: string) => AppError
  /** How many lost races to absorb before answering CONFLICT. */
  attempts?: number
  /** The document as just read, side by side with the caller's other reads: the first attempt uses it. */
  read?: T | null
}

export interface Updated<T> {
  /** The document as read before the change that was written (or found unneeded). */
  before: T
  /** The document as stored now. */
  doc: T
  /** False when the change found nothing to do (e.g. a duplicate notification). */
  written: boolean
}

const missingDoc = (id: string): AppError => appError(ErrorCode.NOT_FOUND, `no document ${id}`)

/**
 * Read, change, compare-and-set, retried on fresh data: the one way documents are updated.
 * `change` answers the next document, null when there is nothing to write, or a failure (returned
 * as is, nothing written). CONFLICT only when others keep winning the race.
 */
export async function updateDoc<T extends StoredDoc>(
  collection: Collection<T>,
  id: string,
  change: (doc: T) => Result<T | null>,
  { missing = missingDoc, attempts = DEFAULT_ATTEMPTS, read }: UpdateOptions<T> = {},
): Promise<Result<Updated<T>>> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const before = attempt === 0 && read !== undefined ? read : await collection.get(id)
    if (!before) return fail(missing(id))
    const next = change(before)
    if (!next.ok) return next
    if (next.value === null) return ok({ before, doc: before, written: false })
    const saved = await collection.replace(next.value)
    if (saved) return ok({ before, doc: saved, written: true })
  }
  return fail(appError(ErrorCode.CONFLICT, `${id} is changing too fast; try again`))
}
