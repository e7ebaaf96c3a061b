import type { ErrorCode } from './errors'
import type { Page } from './page'
import { z } from './zod'

// Builders of the schemas that check what crosses a process boundary without a command schema:
// the functions' replies (parsed by the client's services and the desktop console) and the stored
// documents (parsed by the store's collection registry).

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** Each listed field's schema must produce exactly the document's field type (nullability included). */
export type FieldSchemas<T, S> = {
  [K in keyof S]: K extends keyof T ? (Same<z.output<S[K]>, T[K]> extends true ? S[K] : never) : never
}

/**
 * A large document checked on some of its fields, the others kept as sent. zod can only infer the
 * fields it is given, so this is the one place that states the whole type: callers go through
 * `documentOf`, which compile-checks each given field against `T`.
 */
const looseDocument = <T>(fields: Record<string, z.ZodType>): z.ZodType<T> =>
  z.looseObject(fields) as unknown as z.ZodType<T>

/**
 * `documentOf<WorkOrder>()({ status: z.enum(STATUSES), … })`: a `T` whose listed fields are checked
 * (each must produce exactly `T`'s field type) and whose other fields pass through unchanged.
 */
export const documentOf =
  <T>() =>
  <S extends Record<string, z.ZodType>>(fields: S & FieldSchemas<T, S>): z.ZodType<T> =>
    looseDocument<T>(fields)

/** What every stored document has: the store's key and the compare-and-set version. */
export const storedFields = { id: z.string().min(1), version: z.number() }

/** A stored document checked on id, version and the fields its collection declares (typed there). */
export const storedDocument = <T extends { id: string; version: number }>(fields: Record<string, z.ZodType>) =>
  looseDocument<T>({ ...storedFields, ...fields })

/** `{ items: T[] }`, the shape of the functions' short lists; other fields of the reply are kept. */
export const itemsOf = <T>(item: z.ZodType<T>) => z.looseObject({ items: z.array(item) })

/** One page of a cursor-paged list (core/shared/page.ts). */
export const pageOf = <T>(item: z.ZodType<T>): z.ZodType<Page<T>> =>
  z.looseObject({ items: z.array(item), nextCursor: z.string().nullable() })

/** A CSV the server wrote, for the caller to save. */
export interface CsvFile {
  filename: string
  csv: string
}
export const csvFile: z.ZodType<CsvFile> = z.looseObject({ filename: z.string(), csv: z.string() })

/** A function's envelope as a client holds it; `E` is that client's error (each adds its own codes). */
export type Envelope<T, E> = { ok: true; data: T } | { ok: false; error: E }

/** Server codes plus the one failure only a client sees: the call never reached a function. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

export interface ClientError {
  code: ClientErrorCode
  /** Developer-facing detail; screens show a friendly message for the code. */
  message: string
  /** Per-field messages for VALIDATION_FAILED, keyed by dotted path. */
  fieldErrors?: Record<string, string[]>
}

/** What a client's call resolves to: the function's envelope, or a failure the client met on the way. */
export type Reply<T> = Envelope<T, ClientError>

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Checks the shape of a function's envelope, so a broken one is an error rather than a crash later. */
export function asReply(value: unknown): Reply<unknown> {
  if (isRecord(value) && value.ok === true && 'data' in value) return { ok: true, data: value.data }
  if (isRecord(value) && value.ok === false && isRecord(value.error) && typeof value.error.code === 'string') {
    return { ok: false, error: value.error as unknown as ClientError }
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'malformed reply' } }
}
/** What a reply of another shape than its schema becomes (an old function version, a broken deploy). */
export interface MalformedReply {
  code: 'INTERNAL'
  message: string
}

/**
 * A successful reply's data parsed with the action's schema; `what` names the call (`repair.get`).
 * A mismatch is INTERNAL (the screens show it as a friendly error) naming the first field off,
 * never a throw. Shared by the mini-program's services and the desktop console.
 */
export function parsedReply<T, E>(
  reply: Envelope<unknown, E>,
  schema: z.ZodType<T>,
  what: string,
): Envelope<T, E | MalformedReply> {
  if (!reply.ok) return reply
  const parsed = schema.safeParse(reply.data)
  if (parsed.success) return { ok: true, data: parsed.data }
  const path = parsed.error.issues[0]?.path.map(String).join('.') || '(reply)'
  return { ok: false, error: { code: 'INTERNAL', message: `malformed reply: ${what} ${path}` } }
}
