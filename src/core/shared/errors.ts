/**
 * Stable error codes. They cross process boundaries (cloud function -> mini-program), where
 * `instanceof` does not survive, so clients switch on these strings. Never rename one.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
  PAYMENT_AMOUNT_MISMATCH: 'PAYMENT_AMOUNT_MISMATCH',
  /** Text other people would see failed the content-security check; fieldErrors names the field. */
  CONTENT_REJECTED: 'CONTENT_REJECTED',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** An expected failure, returned (never thrown) by domain code and use cases. */
export interface AppError {
  /** Stable code the client switches on. */
  code: ErrorCode
  /** Developer-facing English explanation; the client shows its own Chinese text per code. */
  message: string
  /** Per-field messages for VALIDATION_FAILED, keyed by dotted path. */
  fieldErrors?: Record<string, string[]>
  /** For RATE_LIMITED: when the caller may try again. */
  retryAfterSeconds?: number
}

export function appError(code: ErrorCode, message: string, fieldErrors?: Record<string, string[]>): AppError {
  return fieldErrors ? { code, message, fieldErrors } : { code, message }
}

/** The one NOT_FOUND: what is absent, or not the caller's to see (so its existence does not leak). */
export const notFoundError = (what: string): AppError => appError(ErrorCode.NOT_FOUND, `no such ${what}`)

/** A limit was reached; `retryAfterSeconds` says when the window that holds it ends. */
export const rateLimited = (message: string, retryAfterSeconds: number): AppError => ({
  code: ErrorCode.RATE_LIMITED,
  message,
  retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
})
