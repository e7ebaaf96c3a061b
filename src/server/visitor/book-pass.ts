import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { IsoTime } from '@core/shared/time'
import type { z } from '@core/shared/zod'
import { householdView } from '@core/visitor/pass-views'
import { PASS_LIMITS, type HouseholdPass } from '@core/visitor/visitor-pass'
import { createPass } from '@core/visitor/visitor-pass.machine'
import type { createPassSchema } from '@core/visitor/visitor.schemas'
import type { ActionContext } from '../action'
import { takeSlot } from '../limits/slots'
import { newPassToken, newShortCode } from './pass-secrets'
import { visitorPasses, type VisitorPasses } from './visitor-pass.repository'

/** Draws before giving up; with about 8.5e11 codes even one collision is a rare event. */
const MAX_CODE_DRAWS = 5

/**
 * A short code no unexpired pass holds. Two bookings drawing the same code between this check and
 * their inserts is vanishingly unlikely; the cost of one (the newer window wins at the gate) is small.
 */
async function freeShortCode(passes: VisitorPasses, now: IsoTime): Promise<string> {
  for (let draw = 0; draw < MAX_CODE_DRAWS; draw++) {
    const code = newShortCode()
    if (!(await passes.shortCodeInUse(code, now))) return code
  }
  throw new Error(`no free short code after ${MAX_CODE_DRAWS} draws`)
}

export async function bookPass(
  ctx: ActionContext,
  input: z.output<typeof createPassSchema>,
): Promise<Result<HouseholdPass>> {
  const passes = visitorPasses(ctx.store)
  const now = ctx.now
  // A unique slot per pass of the day: the cap holds however many bookings arrive at once.
  const slot = await takeSlot(
    ctx.store,
    {
      scope: `visitorPass:${ctx.actor.unitId ?? ctx.actor.openid}`,
      limit: PASS_LIMITS.perUnitPerDay,
      windowMinutes: 24 * 60,
      message: `a unit books at most ${PASS_LIMITS.perUnitPerDay} passes a day`,
    },
    new Date(now),
  )
  if (!slot.ok) return fail(slot.error)
  const { requestId: _requestId, ...fields } = input
  const pass = createPass(
    { ...fields, id: ctx.runtime.newId(), token: newPassToken(), shortCode: await freeShortCode(passes, now) },
    ctx.actor,
    now,
  )
  const saved = pass.ok ? await passes.insert(pass.value) : null
  if (!saved) await slot.held.release()
  if (!pass.ok) return pass
  if (!saved) return fail(appError(ErrorCode.CONFLICT, 'pass id already taken'))
  return ok(householdView(saved, now))
}
