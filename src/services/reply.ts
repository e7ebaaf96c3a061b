import type { ErrorCode } from '@core/shared/errors'

/** Server codes plus the one failure only the client sees: the call never reached a function. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

export interface ClientError {
  code: ClientErrorCode
  /** Developer-facing detail; show `friendlyMessage(error)` to people. */
  message: string
  /** Per-field messages for VALIDATION_FAILED, keyed by dotted path. */
  fieldErrors?: Record<string, string[]>
}

/** What every service call resolves to: the function's envelope, or a client-side failure. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ClientError }

export const networkFailure = (cause: unknown): Reply<never> => ({
  ok: false,
  error: { code: 'NETWORK', message: cause instanceof Error ? cause.message : String(cause) },
})

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Checks the shape of a function's reply, so a broken one is an error rather than a crash later. */
export function asReply(value: unknown): Reply<unknown> {
  if (isRecord(value) && value.ok === true && 'data' in value) return { ok: true, data: value.data }
  if (isRecord(value) && value.ok === false && isRecord(value.error) && typeof value.error.code === 'string') {
    return { ok: false, error: value.error as unknown as ClientError }
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'malformed reply' } }
}

/** A bare host reply such as `{token}` or `{fileId}`: that string field, or the error envelope sent instead. */
export function stringField(body: unknown, key: string): Reply<string> {
  const value = isRecord(body) ? body[key] : undefined
  if (typeof value === 'string') return { ok: true, data: value }
  const reply = asReply(body)
  return reply.ok ? { ok: false, error: { code: 'INTERNAL', message: `reply without ${key}` } } : reply
}
