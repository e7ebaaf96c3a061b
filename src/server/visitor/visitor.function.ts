import { OFFICE_ROLES, ROLES } from '@core/identity/actor'
import { notFoundError } from '@core/shared/errors'
import { ok, type Result, notFound } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { householdView, sharedView } from '@core/visitor/pass-views'
import type { HouseholdPass } from '@core/visitor/visitor-pass'
import { isHouseholdOf, revoke } from '@core/visitor/visitor-pass.machine'
import {
  createPassSchema,
  gateCodeSchema,
  listEntriesSchema,
  passRefSchema,
  sharedPassSchema,
} from '@core/visitor/visitor.schemas'
import { action, type ActionContext } from '../action'
import { defineFunction } from '../define-function'
import { updateDoc } from '../store/update-doc'
import { once } from '../idempotency/request-log'
import { bookPass } from './book-pass'
import { admitCode, verifyCode } from './gate-check'
import { visitorEntries, visitorPasses } from './visitor-pass.repository'

async function findOwn(ctx: ActionContext, id: string): Promise<Result<HouseholdPass>> {
  const pass = await visitorPasses(ctx.store).get(id)
  // Another unit's pass reads as absent, so its existence does not leak.
  return pass && isHouseholdOf(pass, ctx.actor) ? ok(householdView(pass, ctx.now)) : notFound('pass')
}

async function revokeOwn(ctx: ActionContext, id: string): Promise<Result<HouseholdPass>> {
  const now = ctx.now
  const revoked = await updateDoc(
    visitorPasses(ctx.store).collection,
    id,
    // Another unit's pass reads as absent, so its existence does not leak.
    (pass) => (isHouseholdOf(pass, ctx.actor) ? revoke(pass, ctx.actor, now) : notFound('pass')),
    { missing: () => notFoundError('pass') },
  )
  return revoked.ok ? ok(householdView(revoked.value.doc, now)) : revoked
}

export const visitorFunction = defineFunction('visitor', {
  actions: {
    /** A resident books a visitor to their own unit. */
    create: action({
      roles: ['resident'],
      input: createPassSchema,
      run: (input, ctx) => once(ctx, 'visitor.create', input, () => bookPass(ctx, input)),
    }),
    /** The unit's passes, newest first, phones unmasked: they are the household's own. */
    list: action({
      roles: ['resident'],
      input: z.object({}),
      async run(_input, ctx) {
        const { unitId } = ctx.actor
        const passes = unitId === null ? [] : await visitorPasses(ctx.store).forUnit(unitId)
        const now = ctx.now
        return ok({ items: passes.map((p) => householdView(p, now)) })
      },
    }),
    get: action({
      roles: ['resident'],
      input: passRefSchema,
      run: (input, ctx) => findOwn(ctx, input.id),
    }),
    revoke: action({
      roles: ['resident'],
      input: passRefSchema,
      run: (input, ctx) => revokeOwn(ctx, input.id),
    }),
    /** The page a visitor opens from the shared link: the token is the permission, so any caller may. */
    shared: action({
      roles: ROLES,
      input: sharedPassSchema,
      async run(input, ctx) {
        // The visitor belongs to no estate (or another one): the token alone finds the pass, wherever it is.
        const [found] = await ctx.store.acrossEstates('visitorPasses').find({ where: { token: input.token }, limit: 1 })
        return found ? ok(sharedView(found.doc, ctx.now)) : notFound('pass')
      },
    }),
    /** The gate: what a scanned or typed code is, or why it is refused. */
    verify: action({
      roles: ['guard'],
      input: gateCodeSchema,
      run: (input, ctx) => verifyCode(ctx, input.code),
    }),
    admit: action({
      roles: ['guard'],
      input: gateCodeSchema,
      run: (input, ctx) => admitCode(ctx, input.code),
    }),
    /** The admissions log, newest first. */
    entries: action({
      roles: OFFICE_ROLES,
      input: listEntriesSchema,
      run: async (input, ctx) => ok({ items: await visitorEntries(ctx.store).list(input, input.limit) }),
    }),
  },
})
