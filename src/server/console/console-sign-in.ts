import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Actor } from '@core/identity/actor'
import { CONSOLE_CODE_MINUTES, CONSOLE_ROLES } from '@core/identity/console-sign-in'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { addMinutes, type IsoTime } from '@core/shared/time'
import { recordAudit } from '../audit/audit-log'
import { resolveActor } from '../identity/actor.resolver'
import type { Runtime } from '../runtime/runtime'
import type { Store } from '../store/store.port'
import type { ConsoleTicketPort } from './console-ticket.port'

/** One console's request to be signed in, keyed by the code its QR shows. */
export interface ConsoleSignIn {
  id: string
  version: number
  /** SHA-256 of the secret only the console that opened it holds: seeing the QR is not enough to poll. */
  secretHash: string
  createdAt: IsoTime
  expiresAt: IsoTime
  status: 'pending' | 'approved' | 'completed'
  approvedBy: { openid: string; name: string } | null
}

export const consoleSignIns = (store: Store) => store.collection<ConsoleSignIn>('consoleSignIns')

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex')
const expired = () => fail(appError(ErrorCode.INVALID_TRANSITION, 'sign-in code expired'))
const used = () => fail(appError(ErrorCode.CONFLICT, 'sign-in code already used'))
const unknownCode = () => fail(appError(ErrorCode.NOT_FOUND, 'no such sign-in code'))

/** Opens a sign-in for a console that nobody has signed into yet: the code for its QR, and its secret. */
export async function openSignIn(runtime: Runtime): Promise<{ code: string; secret: string; expiresAt: IsoTime }> {
  const code = randomBytes(12).toString('base64url')
  const secret = randomBytes(24).toString('base64url')
  const createdAt = runtime.clock.now().toISOString()
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
  if (!(await consoleSignIns(runtime.store).insert(doc))) throw new Error('sign-in code collision')
  return { code, secret, expiresAt }
}

/** The phone side: a signed-in manager confirms 「登录物业后台」 for the code they scanned. */
export async function approveSignIn(runtime: Runtime, actor: Actor, code: string): Promise<Result<{ id: string }>> {
  const signIns = consoleSignIns(runtime.store)
  const signIn = await signIns.get(code)
  if (!signIn) return unknownCode()
  if (signIn.status !== 'pending') return used()
  if (runtime.clock.now().toISOString() >= signIn.expiresAt) return expired()
  const approved = await signIns.replace({
    ...signIn,
    status: 'approved',
    approvedBy: { openid: actor.openid, name: actor.name },
  })
  return approved ? ok({ id: code }) : used()
}

export type PollAnswer =
  | { status: 'pending'; expiresAt: IsoTime }
  | { status: 'signedIn'; token: string; user: { openid: string; name: string; role: string } }

/**
 * The console side, polled until the phone approves: answers the session once, to the holder of
 * the secret, and audits the sign-in.
 */
export async function pollSignIn(
  runtime: Runtime,
  tickets: ConsoleTicketPort,
  code: string,
  secret: string,
): Promise<Result<PollAnswer>> {
  const signIns = consoleSignIns(runtime.store)
  const signIn = await signIns.get(code)
  const given = Buffer.from(hashOf(secret))
  if (!signIn || !timingSafeEqual(given, Buffer.from(signIn.secretHash))) return unknownCode()
  if (signIn.status === 'completed') return used()
  if (runtime.clock.now().toISOString() >= signIn.expiresAt) return expired()
  if (signIn.status === 'pending') return ok({ status: 'pending', expiresAt: signIn.expiresAt })
  // Role re-read at completion: someone demoted between the tap and the poll does not get in.
  const actor = await resolveActor(runtime.store, signIn.approvedBy!.openid)
  if (!(CONSOLE_ROLES as readonly string[]).includes(actor.role)) {
    return fail(appError(ErrorCode.FORBIDDEN, `${actor.role} may not use the console`))
  }
  if (!(await signIns.replace({ ...signIn, status: 'completed' }))) return used()
  const token = await tickets.ticketFor(actor.openid)
  await recordAudit(runtime, { by: actor, action: 'console.signIn', input: {}, result: null })
  return ok({ status: 'signedIn', token, user: { openid: actor.openid, name: actor.name, role: actor.role } })
}
