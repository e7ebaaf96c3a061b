import { notFoundError, type AppError } from './errors'

/** Expected business failures travel as values so callers see every failure in the type. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E }

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error })

/** A NOT_FOUND failure naming what was looked for (see `notFoundError`). */
export const notFound = (what: string): Result<never> => fail(notFoundError(what))
