import type { Role } from '@core/identity/actor'
import type { ErrorCode } from '@core/shared/errors'

/** A function's reply, or a failure the console met before reaching one (code NETWORK). */
export type Reply<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode | 'NETWORK'; message: string; fieldErrors?: Record<string, string[]> } }

export interface ConsoleUser {
  openid: string
  name: string
  role: Role
  /** Head office: sees the company's estates compared. */
  companyAdmin: boolean
}

export interface OpenedSignIn {
  code: string
  secret: string
  expiresAt: string
}

export type PollAnswer = { status: 'pending' } | { status: 'signedIn'; token: string; user: ConsoleUser }

/**
 * How the console reaches the cloud functions: the local host over fetch (dev, tests), or CloudBase
 * through its web SDK (production static hosting). Same events, same envelopes either way.
 */
export interface Transport {
  /** Calls `fn` with `event` as the signed-in user (`token`: what the sign-in answered, if any). */
  call(fn: string, event: Record<string, unknown>, token: string | undefined): Promise<Reply<unknown>>
  /** Opens a scan-to-sign-in code for a console nobody has signed into yet. */
  openSignIn(): Promise<Reply<OpenedSignIn>>
  pollSignIn(code: string, secret: string): Promise<Reply<PollAnswer>>
  /** Takes on the session an approved sign-in answered (a host token, or a CloudBase ticket). */
  adopt(token: string): Promise<Reply<null>>
  /** Drops the session this transport holds, if it holds one. */
  signOut(): Promise<void>
}

/** A reply as sent, or INTERNAL for anything that is not an envelope. */
export function asReply<T>(body: unknown): Reply<T> {
  const value = body as { ok?: unknown; data?: unknown; error?: { code?: unknown } } | null
  if (value && value.ok === true) return { ok: true, data: value.data as T }
  if (value && value.ok === false && typeof value.error?.code === 'string') return value as Reply<T>
  return { ok: false, error: { code: 'INTERNAL', message: 'malformed reply' } }
}

export const networkFailure = (error: unknown): { ok: false; error: { code: 'NETWORK'; message: string } } => ({
  ok: false,
  error: { code: 'NETWORK', message: String(error) },
})
