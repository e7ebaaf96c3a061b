import { nodeCrypto } from '../node-crypto'
import type { Profile } from '@core/estate/profile'
import type { createInviteSchema, redeemInviteSchema } from '@core/estate/estate.schemas'
import {
  INVITE_ALPHABET,
  INVITE_LENGTH,
  invalidInvite,
  invalidInviteError,
  inviteView,
  redeem,
  release,
  revoke,
  type InviteCode,
  type InviteView,
} from '@core/estate/invite-code'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import type { Store } from '../store/store.port'
import { enterEstate } from './accounts'
import { updateDoc } from '../store/update-doc'
import { FIXED_LIMITS } from '../limits/abuse-limits'
import { takeSlot } from '../limits/slots'
import { profileOf } from './profile'
import type { UserDoc } from '../store/documents'

/** Contention on one code is a family joining at once; a few rereads settle it. */
const MAX_ATTEMPTS = 10
const DAY_MS = 86_400_000

const newCode = () =>
  Array.from({ length: INVITE_LENGTH }, () => INVITE_ALPHABET[nodeCrypto().randomInt(INVITE_ALPHABET.length)]).join('')

export async function createInvite(
  ctx: ActionContext,
  input: z.output<typeof createInviteSchema>,
): Promise<Result<InviteView>> {
  if (input.kind === 'unit' && !(await ctx.store.collection('units').get(input.unitId))) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'no such unit', { unitId: ['该房屋不存在'] }))
  }
  return issueInvite(ctx, {
    kind: input.kind,
    unitId: input.kind === 'unit' ? input.unitId : null,
    role: input.kind === 'staff' ? input.role : null,
    skills: input.kind === 'staff' ? input.skills : [],
    maxUses: input.maxUses,
    validDays: input.validDays,
  })
}

/** Draws a fresh code carrying `grant`, valid for `validDays` from now. */
export async function issueInvite(
  ctx: ActionContext,
  grant: Pick<InviteCode, 'kind' | 'unitId' | 'role' | 'skills' | 'maxUses' | 'vendorId'> & { validDays: number },
): Promise<Result<InviteView>> {
  const { validDays, ...granted } = grant
  const now = new Date(ctx.now)
  const base = {
    ...granted,
    version: 0,
    uses: 0,
    redemptions: [],
    expiresAt: new Date(now.getTime() + validDays * DAY_MS).toISOString(),
    createdAt: now.toISOString(),
    createdBy: ctx.actor.openid,
    revokedAt: null,
  }
  // 31^8 codes: a clash with a stored one is rare, and the insert refuses it rather than overwriting.
  // A code names its estate when redeemed, so it must be free in every estate, not only this one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newCode()
    if (await ctx.store.acrossEstates('inviteCodes').get(code)) continue
    const saved = await ctx.store.collection('inviteCodes').insert({ id: code, ...base })
    if (saved) return ok(inviteView(saved, base.createdAt))
  }
  throw new Error('could not draw a free invite code')
}

/** Read, change, compare-and-set on the code, retried on fresh data while others redeem it too. */
async function updateCode(
  store: Store,
  id: string,
  change: (code: InviteCode) => Result<InviteCode>,
): Promise<Result<InviteCode>> {
  const updated = await updateDoc(store.collection('inviteCodes'), id, change, {
    missing: () => invalidInviteError(),
    attempts: MAX_ATTEMPTS,
  })
  return updated.ok ? ok(updated.value.doc) : updated
}

/** The user the code makes of the caller. */
function memberFrom(
  code: InviteCode,
  openid: string,
  input: z.output<typeof redeemInviteSchema>,
  now: string,
): Result<UserDoc> {
  const person = { id: openid, version: 0, name: input.name, phone: input.phone, joinedAt: now }
  if (code.kind === 'staff') return ok({ ...person, role: code.role!, unitId: null, skills: code.skills })
  if (code.kind === 'vendor') return ok({ ...person, role: 'vendor', unitId: null, vendorId: code.vendorId ?? '' })
  if (!input.relation)
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'relation required', { relation: ['请选择与房屋的关系'] }))
  // A code proves the household let them in, not who they are: the relation stays unverified until a manager checks.
  return ok({ ...person, role: 'resident', unitId: code.unitId, relation: input.relation, verified: false })
}

/**
 * A guest joins with a code: one use is taken (compare-and-set), then they are bound. The code
 * says which estate: the caller joins that one, whichever they were looking at, and acts in it next.
 * Each try takes one of the user's failure slots first, given back when the code turns out good, so
 * at most FIXED_LIMITS.inviteFailures bad codes per 10 minutes are tried however the calls interleave.
 */
export async function redeemInvite(
  ctx: ActionContext,
  input: z.output<typeof redeemInviteSchema>,
): Promise<Result<Profile>> {
  const slot = await takeSlot(
    ctx.store,
    {
      scope: `inviteFailure:${ctx.actor.openid}`,
      limit: FIXED_LIMITS.inviteFailures,
      windowMinutes: 10,
      message: 'too many invite codes tried; wait a few minutes',
    },
    new Date(ctx.now),
  )
  if (!slot.ok) return fail(slot.error)
  const redeemed = await redeemOnce(ctx, input)
  const badCode = !redeemed.ok && redeemed.error.fieldErrors?.code !== undefined
  if (!badCode) await slot.held.release()
  return redeemed
}

async function redeemOnce(ctx: ActionContext, input: z.output<typeof redeemInviteSchema>): Promise<Result<Profile>> {
  const now = ctx.now
  const found = await ctx.store.acrossEstates('inviteCodes').get(input.code)
  if (!found) return invalidInvite()
  const store = ctx.store.forEstate(found.estateId)
  const member = memberFrom(found.doc, ctx.actor.openid, input, now)
  if (!member.ok) return member
  const taken = await updateCode(store, input.code, (code) => redeem(code, ctx.actor.openid, now))
  if (!taken.ok) return taken
  const bound = await store.collection('users').insert(member.value)
  if (!bound) {
    // Already a member there, or a second tap raced this one and bound them already: give this use back.
    await updateCode(store, input.code, (code) => ok(release(code, ctx.actor.openid)))
    return fail(appError(ErrorCode.CONFLICT, 'already bound'))
  }
  // An application they made while waiting is moot now.
  const pending = await store.collection('applications').get(ctx.actor.openid)
  if (pending?.status === 'pending') await store.collection('applications').remove(pending.id, pending.version)
  const entered = await enterEstate(store, ctx.actor.openid, found.estateId, true)
  if (!entered.ok) return entered
  return ok(
    await profileOf(store, {
      ...ctx.actor,
      role: bound.role,
      unitId: bound.unitId,
      name: bound.name,
      estateId: found.estateId,
    }),
  )
}

export async function revokeInvite(ctx: ActionContext, id: string): Promise<Result<InviteView>> {
  const now = ctx.now
  const revoked = await updateCode(ctx.store, id, (code) => revoke(code, now))
  return revoked.ok ? ok(inviteView(revoked.value, now)) : revoked
}
