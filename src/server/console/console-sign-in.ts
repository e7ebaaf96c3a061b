import { nodeCrypto } from '../node-crypto'
import { actsAs } from '@core/identity/actor'
import { CONSOLE_CODE_MINUTES, CONSOLE_ROLES } from '@core/identity/console-sign-in'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { addMinutes, type IsoTime } from '@core/shared/time'
import { recordAudit } from '../audit/audit-log'
import type { ActionContext, Context } from '../action'
import { resolveCaller } from '../actor.resolver'
import { takeSlots, type Limit } from '../limits/slots'
import type { ConsoleSignIn } from '../store/documents'
import { removeExpired } from '../store/remove-expired'
import type { Store } from '../store/store.port'
import type { ConsoleTicketPort } from './console-ticket.port'

const hashOf = (secret: string) => nodeCrypto().createHash('sha256').update(secret).digest('hex')
const expired = () => fail(appError(ErrorCode.INVALID_TRANSITION, 'sign-in code expired'))
const used = () => fail(appError(ErrorCode.CONFLICT, 'sign-in code already used'))
const unknownCode = () => fail(appError(ErrorCode.NOT_FOUND, 'no such sign-in code'))

/**
 * Brakes on opening codes, for a caller nobody has signed in yet. Per requester (the host's client
 * address; in production the web SDK's anonymous user): a console opens one code per page load or
 * 「刷新二维码」, so 10 in 10 minutes is room for a person and a wall for a script. Overall: a code
 * belongs to no estate until a phone approves it, so the deployment's total (one slot counter, like
 * every limit: compare-and-set, exact under any interleaving) bounds what a flood of requesters can
 * write; housekeeping removes each code a minute after it expires.
 */
export const CONSOLE_OPEN_LIMITS = { perRequester: 10, overall: 500, windowMinutes: 10 } as const

function openLimits(requester: string): Limit[] {
  const { perRequester, overall, windowMinutes } = CONSOLE_OPEN_LIMITS
  // Hashed: the slot's id need not keep a client's address.
  const who = hashOf(requester).slice(0, 24)
  return [
    {
      scope: `consoleOpen:${who}`,
      limit: perRequester,
      windowMinutes,
      message: `one console opens at most ${perRequester} sign-in codes in ${windowMinutes} minutes`,
    },
    {
      scope: 'consoleOpen:all',
      limit: overall,
      windowMinutes,
      message: `at most ${overall} console sign-in codes are opened in ${windowMinutes} minutes`,
    },
  ]
}

export interface OpenedSignIn {
  code: string
  secret: string
  expiresAt: IsoTime
}

/**
 * Opens a sign-in for a console that nobody has signed into yet: the code for its QR, and its
 * secret. `requester` names the console's end of the connection for the per-requester limit.
 */
export async function openSignIn(ctx: Context, requester: string): Promise<Result<OpenedSignIn>> {
  const slots = await takeSlots(ctx.store, openLimits(requester), new Date(ctx.now))
  if (!slots.ok) return fail(slots.error)
  const code = nodeCrypto().randomBytes(12).toString('base64url')
  const secret = nodeCrypto().randomBytes(24).toString('base64url')
  const createdAt = ctx.now
  const expiresAt = addMinutes(createdAt, CONSOLE_CODE_MINUTES)
  const doc: ConsoleSignIn = {
    id: code,
    version: 0,
    secretHash: hashOf(secret),
    createdAt,
    expiresAt,
    status: 'pending',
    approvedBy: null,
  }
  if (!(await ctx.store.collection('consoleSignIns').insert(doc))) throw new Error('sign-in code collision')
  return ok({ code, secret, expiresAt })
}

/** Housekeeping: sign-ins past their two minutes answer nothing but a refusal, so they go. */
export async function removeExpiredSignIns(store: Store, now: Date, batch = 500): Promise<number> {
  return removeExpired(store.collection('consoleSignIns'), 'expiresAt', now.toISOString(), batch)
}

/** The phone side: a signed-in manager confirms 「登录物业后台」 for the code they scanned. */
export async function approveSignIn(ctx: ActionContext, code: string): Promise<Result<{ id: string }>> {
  const { actor } = ctx
  const signIns = ctx.store.collection('consoleSignIns')
  const signIn = await signIns.get(code)
  if (!signIn) return unknownCode()
  if (signIn.status !== 'pending') return used()
  if (Date.parse(ctx.now) >= Date.parse(signIn.expiresAt)) return expired()
  const approved = await signIns.replace({
    ...signIn,
    status: 'approved',
    approvedBy: { openid: actor.openid, name: actor.name },
  })
  return approved ? ok({ id: code }) : used()
}

export type PollAnswer =
  | { status: 'pending'; expiresAt: IsoTime }
  | { status: 'signedIn'; token: string; user: { openid: string; name: string; role: string; companyAdmin: boolean } }

/**
 * The console side, polled until the phone approves: answers the session once, to the holder of
 * the secret, and audits the sign-in.
 */
export async function pollSignIn(
  ctx: Context,
  tickets: ConsoleTicketPort,
  code: string,
  secret: string,
): Promise<Result<PollAnswer>> {
  const signIns = ctx.store.collection('consoleSignIns')
  const signIn = await signIns.get(code)
  const given = Buffer.from(hashOf(secret))
  if (!signIn || !nodeCrypto().timingSafeEqual(given, Buffer.from(signIn.secretHash))) return unknownCode()
  if (signIn.status === 'completed') return used()
  if (Date.parse(ctx.now) >= Date.parse(signIn.expiresAt)) return expired()
  if (signIn.status === 'pending') return ok({ status: 'pending', expiresAt: signIn.expiresAt })
  // Role re-read at completion: someone demoted between the tap and the poll does not get in.
  const { actor, store } = await resolveCaller(ctx.store, signIn.approvedBy!.openid)
  if (!actsAs(CONSOLE_ROLES, actor)) {
    return fail(appError(ErrorCode.FORBIDDEN, `${actor.role} may not use the console`))
  }
  if (!(await signIns.replace({ ...signIn, status: 'completed' }))) return used()
  const token = await tickets.ticketFor(actor.openid, ctx.now)
  if (store.estateId !== null) {
    await recordAudit({ ...ctx, store }, { by: actor, action: 'console.signIn', input: {}, result: null })
  }
  return ok({
    status: 'signedIn',
    token,
    user: { openid: actor.openid, name: actor.name, role: actor.role, companyAdmin: actor.companyAdmin },
  })
}
