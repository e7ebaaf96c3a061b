import type { Actor } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import { addMinutes, type IsoTime } from '../shared/time'
import { PASS_LIMITS, type PassState, type Refusal, type VisitorPass } from './visitor-pass'
import { isAtOrBefore, isBefore } from '../shared/instant'

export type PassAction = 'admit' | 'revoke'

/** The one transition table: the states each action may start from. */
export const ALLOWED_FROM = {
  admit: ['valid'],
  revoke: ['not_yet_valid', 'valid'],
} as const satisfies Record<PassAction, readonly PassState[]>

type AllowedState<A extends PassAction> = (typeof ALLOWED_FROM)[A][number]

function allows<A extends PassAction>(action: A, state: PassState): state is AllowedState<A> {
  return (ALLOWED_FROM[action] as readonly PassState[]).includes(state)
}

/** A pass's state at `now`. Revocation and use outrank the clock, so the gate names the decisive reason. */
export function stateAt(pass: VisitorPass, now: IsoTime): PassState {
  if (pass.revokedAt !== null) return 'revoked'
  if (pass.entries >= pass.maxEntries) return 'used_up'
  if (isAtOrBefore(pass.validUntil, now)) return 'expired'
  if (isBefore(now, pass.validFrom)) return 'not_yet_valid'
  return 'valid'
}

export interface PassWindow {
  validFrom: IsoTime
  validUntil: IsoTime
}

/** Per-field messages for a window a household may not book at `now`; empty when it may. */
export function windowErrors(window: PassWindow, now: IsoTime): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  const add = (field: keyof PassWindow, message: string) => (errors[field] ??= []).push(message)
  if (isBefore(addMinutes(now, PASS_LIMITS.maxDaysAhead * 24 * 60), window.validFrom)) {
    add('validFrom', `最多提前 ${PASS_LIMITS.maxDaysAhead} 天预约`)
  }
  if (isAtOrBefore(window.validUntil, window.validFrom)) add('validUntil', '结束时间须晚于开始时间')
  else if (isBefore(addMinutes(window.validFrom, PASS_LIMITS.maxWindowHours * 60), window.validUntil)) {
    add('validUntil', `有效时长不超过 ${PASS_LIMITS.maxWindowHours} 小时`)
  }
  if (isAtOrBefore(window.validUntil, now)) add('validUntil', '结束时间须晚于现在')
  return errors
}

export interface NewPass extends PassWindow {
  id: string
  token: string
  shortCode: string
  visitorName: string
  visitorPhone: string
  plate?: string
  maxEntries: number
}

export function createPass(input: NewPass, resident: Actor, now: IsoTime): Result<VisitorPass> {
  if (resident.role !== 'resident' || resident.unitId === null) {
    return fail(appError(ErrorCode.FORBIDDEN, 'only a resident bound to a unit books visitors'))
  }
  const errors = windowErrors(input, now)
  if (Object.keys(errors).length > 0) return fail(appError(ErrorCode.VALIDATION_FAILED, 'window not allowed', errors))
  return ok({
    ...input,
    plate: input.plate ?? null,
    version: 0,
    unitId: resident.unitId,
    residentOpenid: resident.openid,
    residentName: resident.name,
    entries: 0,
    lastEntryAt: null,
    createdAt: now,
    revokedAt: null,
  })
}

/** Every resident of the pass's unit may see and revoke it; nobody else reads it by id. */
export const isHouseholdOf = (pass: VisitorPass, actor: Actor): boolean =>
  actor.role === 'resident' && actor.unitId !== null && actor.unitId === pass.unitId

/** Counts one entry; a pass that is not valid answers with its state as the refusal. */
export function admit(pass: VisitorPass, now: IsoTime): Result<VisitorPass, Refusal> {
  const state = stateAt(pass, now)
  if (!allows('admit', state)) return fail(state)
  return ok({ ...pass, entries: pass.entries + 1, lastEntryAt: now })
}

export function revoke(pass: VisitorPass, resident: Actor, now: IsoTime): Result<VisitorPass> {
  if (!isHouseholdOf(pass, resident)) return fail(appError(ErrorCode.FORBIDDEN, 'only the household revokes its pass'))
  const state = stateAt(pass, now)
  if (!allows('revoke', state)) {
    return fail(appError(ErrorCode.INVALID_TRANSITION, `cannot revoke a pass that is ${state}`))
  }
  return ok({ ...pass, revokedAt: now })
}
