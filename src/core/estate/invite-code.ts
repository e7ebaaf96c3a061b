import { isAtOrBefore } from '../shared/instant'
import type { Category } from '../repair/work-order'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import type { StaffRole } from './estate'

/**
 * Invite codes let a WeChat user join: a unit code binds them to that home as a resident, a staff
 * code enrols them with the role it carries. Managers hand codes out; each is limited in uses and time.
 */

/** Letters and digits without look-alikes (0/O, 1/I/L), so a code read aloud or typed survives. */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const INVITE_LENGTH = 8

export const INVITE_KINDS = ['unit', 'staff'] as const
export type InviteKind = (typeof INVITE_KINDS)[number]

export interface Redemption {
  openid: string
  at: IsoTime
}

export interface InviteCode {
  /** The code itself, so redeeming is a read by id. */
  id: string
  /** Every redemption is a compare-and-set on it: two people cannot take the last use. */
  version: number
  kind: InviteKind
  /** Unit codes: the home it binds to. */
  unitId: string | null
  /** Staff codes: the role it grants. */
  role: StaffRole | null
  /** Staff codes: the repair categories the worker takes (empty: all). */
  skills: Category[]
  maxUses: number
  uses: number
  redemptions: Redemption[]
  expiresAt: IsoTime
  createdAt: IsoTime
  /** The manager who made it. */
  createdBy: string
  revokedAt: IsoTime | null
}

export const INVITE_STATUSES = ['active', 'used_up', 'expired', 'revoked'] as const
export type InviteStatus = (typeof INVITE_STATUSES)[number]

export function inviteStatus(code: InviteCode, now: IsoTime): InviteStatus {
  if (code.revokedAt !== null) return 'revoked'
  if (code.uses >= code.maxUses) return 'used_up'
  return isAtOrBefore(code.expiresAt, now) ? 'expired' : 'active'
}

/** A code as the console lists it, with its status when read. */
export type InviteView = InviteCode & { status: InviteStatus }

export const inviteView = (code: InviteCode, now: IsoTime): InviteView => ({ ...code, status: inviteStatus(code, now) })

/** What a user typed, as stored: upper case, without the spaces or dashes people add. */
export const normalizeInviteCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase()

/**
 * One message for an unknown, used, expired or revoked code: telling them apart would tell someone
 * guessing codes which ones exist.
 */
export const INVALID_INVITE_MESSAGE = '邀请码无效或已失效'

export const invalidInviteError = () =>
  appError(ErrorCode.VALIDATION_FAILED, 'the invite code cannot be used', { code: [INVALID_INVITE_MESSAGE] })

export const invalidInvite = () => fail(invalidInviteError())

/** Takes one use of the code for `openid`; refused when it is used up, expired or revoked. */
export function redeem(code: InviteCode, openid: string, now: IsoTime): Result<InviteCode> {
  const status = inviteStatus(code, now)
  if (status !== 'active') return invalidInvite()
  return ok({ ...code, uses: code.uses + 1, redemptions: [...code.redemptions, { openid, at: now }] })
}

/** Gives back the use `openid` took (their binding failed after the code was taken). */
export function release(code: InviteCode, openid: string): InviteCode {
  const at = code.redemptions.findIndex((r) => r.openid === openid)
  if (at < 0) return code
  return { ...code, uses: code.uses - 1, redemptions: code.redemptions.filter((_, i) => i !== at) }
}

export function revoke(code: InviteCode, now: IsoTime): Result<InviteCode> {
  if (code.revokedAt !== null) return fail(appError(ErrorCode.INVALID_TRANSITION, 'the code is already revoked'))
  return ok({ ...code, revokedAt: now })
}
