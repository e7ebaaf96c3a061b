import { removeExpired } from '../store/remove-expired'
import type { Store } from '../store/store.port'
import type { LoggedRequest } from '../store/documents'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { ActionContext } from '../action'

/** How long a request id is remembered (contract: idempotency). */
export const REQUEST_TTL_MS = 24 * 3600_000

/** JSON with sorted keys, so field order in a retry does not matter. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Stores the result a retry will get. A run may call it as soon as its own write has happened,
 * beside the work that follows (notices), instead of a round trip after it; else `once` calls it.
 */
export type RecordResult<R> = (value: R) => Promise<void>

/**
 * Runs a create-like action once per (caller, action, requestId) within 24 h: a retry gets the first
 * result and writes nothing; the same id with another payload is CONFLICT. The id is reserved before
 * the work runs, so two concurrent retries cannot both write; a failed run releases it (unless it
 * had recorded its result: then its write happened, and a retry gets that).
 */
export async function once<I extends { requestId?: string }, R>(
  ctx: ActionContext,
  action: string,
  input: I,
  run: (record: RecordResult<R>) => Promise<Result<R>>,
): Promise<Result<R>> {
  if (!input.requestId) return run(async () => {})
  const log = ctx.store.collection('requestLog')
  const { requestId, ...rest } = input
  const payload = canonical(rest)
  const id = `${ctx.actor.openid}|${action}|${requestId}`
  const now = new Date(ctx.now)
  const entry: LoggedRequest = { id, version: 0, at: ctx.now, payload, result: null }
  let reserved = await log.insert(entry)
  if (!reserved) {
    const first = await log.get(id)
    if (first && Date.parse(first.at) + REQUEST_TTL_MS <= now.getTime() && (await log.remove(id, first.version))) {
      reserved = await log.insert(entry)
    } else if (first) {
      if (first.payload !== payload) {
        return fail(appError(ErrorCode.CONFLICT, 'this requestId was used for a different request'))
      }
      if (first.result === null) return fail(appError(ErrorCode.CONFLICT, 'the first request is still running'))
      return ok(first.result as R)
    }
    if (!reserved) return fail(appError(ErrorCode.CONFLICT, 'request raced; try again'))
  }
  const held = reserved
  let recorded = false
  const record: RecordResult<R> = async (value) => {
    recorded = true
    await log.replace({ ...held, result: value })
  }
  const result = await run(record)
  if (recorded) return result
  if (result.ok) await record(result.value)
  else await log.remove(id, held.version)
  return result
}

/** Housekeeping: entries older than the 24 h a request id is remembered. */
export async function removeExpiredRequests(store: Store, now: Date, batch = 500): Promise<number> {
  const since = new Date(now.getTime() - REQUEST_TTL_MS).toISOString()
  return removeExpired(store.collection('requestLog'), 'at', since, batch)
}
