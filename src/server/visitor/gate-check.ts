import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { IsoTime } from '@core/shared/time'
import { arrivalNotice } from '@core/visitor/arrival-notice'
import { parsePassCode } from '@core/visitor/pass-code'
import { gateView, maskPhone } from '@core/visitor/pass-views'
import type { GateResult, Refusal, VisitorPass } from '@core/visitor/visitor-pass'
import { admit } from '@core/visitor/visitor-pass.machine'
import type { ActionContext } from '../action'

import { postMessages } from '../notify/inbox-post'
import { takeGateCheckSlot } from './gate-limiter'
import { visitorEntries, visitorPasses } from './visitor-pass.repository'

/** A lost compare-and-set is retried on fresh data, where the pass may by then be used up. */
const MAX_ATTEMPTS = 3
/** More residents than any home has; the query must state a bound. */
const HOUSEHOLD_LIMIT = 50

const UNKNOWN: GateResult = { outcome: 'refused', reason: 'unknown', pass: null }

const refused = (reason: Refusal, pass: VisitorPass): GateResult => ({
  outcome: 'refused',
  reason,
  pass: gateView(pass),
})

/** The pass a code names, or null. A guard who has tried too many unknown codes is refused outright. */
async function lookUp(ctx: ActionContext, code: string, now: IsoTime): Promise<Result<VisitorPass | null>> {
  const slot = await takeGateCheckSlot(ctx.store, ctx.actor.openid, new Date(now))
  if (!slot.ok) return fail(slot.error)
  const parsed = parsePassCode(code)
  const pass = parsed && (await visitorPasses(ctx.store).byCode(parsed))
  // Only unknown codes count: that is what guessing produces, while an expired pass is a real visitor.
  if (pass) await slot.held.release()
  return ok(pass)
}

/** Whether the code would let its visitor in now, without recording anything. */
export async function verifyCode(ctx: ActionContext, code: string): Promise<Result<GateResult>> {
  const now = ctx.now
  const found = await lookUp(ctx, code, now)
  if (!found.ok) return found
  if (!found.value) return ok(UNKNOWN)
  const verdict = admit(found.value, now)
  return ok(verdict.ok ? { outcome: 'valid', pass: gateView(found.value) } : refused(verdict.error, found.value))
}

/** Records one entry (compare-and-set on the pass, so a single-entry pass admits once), then tells the household. */
export async function admitCode(ctx: ActionContext, code: string): Promise<Result<GateResult>> {
  const now = ctx.now
  const found = await lookUp(ctx, code, now)
  if (!found.ok) return found
  if (!found.value) return ok(UNKNOWN)
  const passes = visitorPasses(ctx.store)
  let pass = found.value
  for (let attempt = 1; ; attempt++) {
    const admitted = admit(pass, now)
    if (!admitted.ok) return ok(refused(admitted.error, pass))
    const saved = await passes.save(admitted.value)
    if (saved) {
      await recordAdmission(ctx, saved, now)
      return ok({ outcome: 'admitted', pass: gateView(saved) })
    }
    const fresh = await passes.get(pass.id)
    if (!fresh || attempt === MAX_ATTEMPTS)
      return fail(appError(ErrorCode.CONFLICT, 'the pass is changing too fast; try again'))
    pass = fresh
  }
}

async function recordAdmission(ctx: ActionContext, pass: VisitorPass, at: IsoTime): Promise<void> {
  await visitorEntries(ctx.store).record({
    id: `${pass.id}-${pass.entries}`,
    version: 0,
    passId: pass.id,
    unitId: pass.unitId,
    visitorName: pass.visitorName,
    visitorPhone: maskPhone(pass.visitorPhone),
    plate: pass.plate,
    guardOpenid: ctx.actor.openid,
    guardName: ctx.actor.name,
    at,
  })
  const household = await ctx.store.collection('users').find({ where: { unitId: pass.unitId }, limit: HOUSEHOLD_LIMIT })
  const notice = arrivalNotice(pass, at)
  const messages = household
    .filter((u) => u.role === 'resident')
    .map((u) => ({ toOpenid: u.id, kind: 'visitor_arrived', ...notice, ref: { type: 'visitor', id: pass.id } }))
  await postMessages(ctx.store, messages, at, ctx.runtime.newId)
}
