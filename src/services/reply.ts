import { asReply, isRecord, type Reply } from '@core/shared/reply-schemas'

export { asReply, isRecord }
export type { ClientError, ClientErrorCode, Reply } from '@core/shared/reply-schemas'

export const networkFailure = (cause: unknown): Reply<never> => ({
  ok: false,
  error: { code: 'NETWORK', message: cause instanceof Error ? cause.message : String(cause) },
})

/** A bare host reply such as `{token}` or `{fileId}`: that string field, or the error envelope sent instead. */
export function stringField(body: unknown, key: string): Reply<string> {
  const value = isRecord(body) ? body[key] : undefined
  if (typeof value === 'string') return { ok: true, data: value }
  const reply = asReply(body)
  return reply.ok ? { ok: false, error: { code: 'INTERNAL', message: `reply without ${key}` } } : reply
}
