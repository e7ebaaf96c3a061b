import type { AppError } from './errors'

/** What every cloud function returns, on every runtime. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppError }
