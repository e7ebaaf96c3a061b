import { ROLES } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
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
import { action, defineFunction, type ActionContext } from '../define-function'
import { once } from '../idempotency/request-log'
import { updateDoc } from '../store/update-doc'
import { bookPass } from './book-pass'
import { admitCode, verifyCode } from './gate-check'
import { visitorEntries, visitorPasses } from './visitor-pass.repository'

const notFoundError = appError(ErrorCode.NOT_FOUND, 'no such pass')
const notFound = () => fail(notFoundError)

const nowOf = (ctx: ActionContext) => ctx.runtime.clock.now().toISOString()

async function findOwn(ctx: ActionContext, id: string): Promise<Result<HouseholdPass>> {
  const pass = await visitorPasses(ctx.runtime.store).get(id)
  // Another unit's pass reads as absent, so its existence does not leak.
  return pass && isHouseholdOf(pass, ctx.actor) ? ok(householdView(pass, nowOf(ctx))) : notFound()
}

async function revokeOwn(ctx: ActionContext, id: string): Promise<Result<HouseholdPass>> {
  const now = nowOf(ctx)
  const revoked = await updateDoc(
    visitorPasses(ctx.runtime.store).collection,
    id,
    // Another unit's pass reads as absent, so its existence does not leak.
    (pass) => (isHouseholdOf(pass, ctx.actor) ? revoke(pass, ctx.actor, now) : notFound()),
    { missing: () => notFoundError },
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
        const passes = unitId === null ? [] : await visitorPasses(ctx.runtime.store).forUnit(unitId)
        const now = nowOf(ctx)
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
        const pass = await visitorPasses(ctx.runtime.store).byCode({ kind: 'token', token: input.token })
        return pass ? ok(sharedView(pass, nowOf(ctx))) : notFound()
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
      roles: ['manager'],
      input: listEntriesSchema,
      run: async (input, ctx) => ok({ items: await visitorEntries(ctx.runtime.store).list(input, input.limit) }),
    }),
  },
})
