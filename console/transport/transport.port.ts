import { ROLES, type Role } from '@core/identity/actor'
import { documentOf, type Reply } from '@core/shared/reply-schemas'
import { z } from '@core/shared/zod'

/** A function's reply, or a failure the console met before reaching one (code NETWORK). */
export type { Reply }

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

const consoleUserReply = documentOf<ConsoleUser>()({
  openid: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  companyAdmin: z.boolean(),
})
export const openedSignInReply = documentOf<OpenedSignIn>()({
  code: z.string(),
  secret: z.string(),
  expiresAt: z.string(),
})
export const pollAnswerReply: z.ZodType<PollAnswer> = z.discriminatedUnion('status', [
  z.looseObject({ status: z.literal('pending') }),
  z.looseObject({ status: z.literal('signedIn'), token: z.string(), user: consoleUserReply }),
])

/**
 * How the console reaches the cloud functions: the local host over fetch (dev, tests), or CloudBase
 * through its web SDK (production static hosting). Same events, same envelopes either way.
 */
export interface Transport {
  /** Calls `fn` with `event` as the signed-in user (`token`: what the sign-in answered, if any). */
  call(fn: string, event: Record<string, unknown>, token: string | undefined): Promise<Reply<unknown>>
  /** Opens a scan-to-sign-in code (an OpenedSignIn, parsed by the caller as `call` replies are). */
  openSignIn(): Promise<Reply<unknown>>
  pollSignIn(code: string, secret: string): Promise<Reply<unknown>>
  /** Takes on the session an approved sign-in answered (a host token, or a CloudBase ticket). */
  adopt(token: string): Promise<Reply<null>>
  /** Drops the session this transport holds, if it holds one. */
  signOut(): Promise<void>
}

export const networkFailure = (error: unknown): { ok: false; error: { code: 'NETWORK'; message: string } } => ({
  ok: false,
  error: { code: 'NETWORK', message: String(error) },
})
