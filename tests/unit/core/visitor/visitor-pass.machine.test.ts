import type { Actor } from '@core/identity/actor'
import { addMinutes } from '@core/shared/time'
import { arrivalNotice } from '@core/visitor/arrival-notice'
import { gateView, householdView, maskPhone, sharedView } from '@core/visitor/pass-views'
import type { VisitorPass } from '@core/visitor/visitor-pass'
import {
  admit,
  ALLOWED_FROM,
  createPass,
  type NewPass,
  revoke,
  stateAt,
  windowErrors,
} from '@core/visitor/visitor-pass.machine'
import type { Result } from '@core/shared/result'

const resident: Actor = { openid: 'resident-1', role: 'resident', unitId: '1-101', name: '王女士' }
const family: Actor = { openid: 'resident-1b', role: 'resident', unitId: '1-101', name: '王先生' }
const neighbour: Actor = { openid: 'resident-2', role: 'resident', unitId: '2-202', name: '陈先生' }
const guard: Actor = { openid: 'guard-1', role: 'guard', unitId: null, name: '赵保安' }

// 10:00 in Shanghai.
const T0 = '2026-11-27T02:00:00.000Z'
const at = (minutes: number) => addMinutes(T0, minutes)
const HOUR = 60

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value
}

/** 张三, from 11:00 to 13:00 Shanghai time. */
const NEW_PASS: NewPass = {
  id: 'p1',
  token: 'A'.repeat(22),
  shortCode: 'ABCD2345',
  visitorName: '张三',
  visitorPhone: '13812340001',
  validFrom: at(HOUR),
  validUntil: at(3 * HOUR),
  maxEntries: 1,
}

/** The pass booked at 10:00 allowing `maxEntries` entries. */
const booked = (maxEntries = 1): VisitorPass => value(createPass({ ...NEW_PASS, maxEntries }, resident, T0))

describe('booking a visitor', () => {
  it('belongs to the booker’s unit and starts unused, unrevoked and without a plate', () => {
    expect(booked()).toMatchObject({
      unitId: '1-101',
      residentOpenid: 'resident-1',
      residentName: '王女士',
      plate: null,
      entries: 0,
      lastEntryAt: null,
      revokedAt: null,
      createdAt: T0,
      version: 0,
    })
  })

  it('a window may open up to 7 days ahead, last up to 24 hours, and must end in the future', () => {
    expect(windowErrors({ validFrom: at(7 * 24 * HOUR), validUntil: at(7 * 24 * HOUR + HOUR) }, T0)).toEqual({})
    expect(windowErrors({ validFrom: at(7 * 24 * HOUR + 1), validUntil: at(7 * 24 * HOUR + HOUR) }, T0)).toEqual({
      validFrom: ['最多提前 7 天预约'],
    })
    expect(windowErrors({ validFrom: at(0), validUntil: at(24 * HOUR) }, T0)).toEqual({})
    expect(windowErrors({ validFrom: at(0), validUntil: at(24 * HOUR + 1) }, T0)).toEqual({
      validUntil: ['有效时长不超过 24 小时'],
    })
    expect(windowErrors({ validFrom: at(HOUR), validUntil: at(HOUR) }, T0)).toEqual({
      validUntil: ['结束时间须晚于开始时间'],
    })
    expect(windowErrors({ validFrom: at(-2 * HOUR), validUntil: at(-HOUR) }, T0)).toEqual({
      validUntil: ['结束时间须晚于现在'],
    })
  })

  it('a window already open may be booked ("from now")', () => {
    expect(windowErrors({ validFrom: at(-5), validUntil: at(HOUR) }, T0)).toEqual({})
  })

  it('refuses a bad window as VALIDATION_FAILED and a resident without a unit as FORBIDDEN', () => {
    expect(createPass({ ...NEW_PASS, validUntil: at(30 * HOUR) }, resident, T0)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { validUntil: expect.any(Array) } },
    })
    expect(createPass(NEW_PASS, { ...resident, unitId: null }, T0)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('the state of a pass over time', () => {
  it('is not yet valid before its window, valid inside it and expired at its end', () => {
    const pass = booked()
    expect(stateAt(pass, at(HOUR - 1))).toBe('not_yet_valid')
    expect(stateAt(pass, at(HOUR))).toBe('valid')
    expect(stateAt(pass, at(3 * HOUR - 1))).toBe('valid')
    expect(stateAt(pass, at(3 * HOUR))).toBe('expired')
  })

  it('names revocation and use before the clock, so the gate gives the decisive reason', () => {
    const used = { ...booked(), entries: 1 }
    expect(stateAt(used, at(4 * HOUR))).toBe('used_up')
    expect(stateAt({ ...used, revokedAt: at(10) }, at(4 * HOUR))).toBe('revoked')
  })

  it('admits only a valid pass; revokes only one not yet used up or expired', () => {
    expect(ALLOWED_FROM).toEqual({ admit: ['valid'], revoke: ['not_yet_valid', 'valid'] })
  })
})

describe('admitting a visitor', () => {
  it('counts each entry until the pass is used up, then refuses with used_up', () => {
    const first = value(admit(booked(2), at(HOUR + 5)))
    expect(first).toMatchObject({ entries: 1, lastEntryAt: at(HOUR + 5) })
    const second = value(admit(first, at(2 * HOUR)))
    expect(second.entries).toBe(2)
    expect(admit(second, at(2 * HOUR + 1))).toEqual({ ok: false, error: 'used_up' })
  })

  it('refuses outside the window and after revocation, each with its reason', () => {
    expect(admit(booked(), at(30))).toEqual({ ok: false, error: 'not_yet_valid' })
    expect(admit(booked(), at(3 * HOUR))).toEqual({ ok: false, error: 'expired' })
    const revoked = value(revoke(booked(), resident, at(10)))
    expect(admit(revoked, at(HOUR + 5))).toEqual({ ok: false, error: 'revoked' })
  })
})

describe('revoking a pass', () => {
  it('any resident of the unit may revoke; a neighbour or a guard may not', () => {
    expect(value(revoke(booked(), family, at(10))).revokedAt).toBe(at(10))
    expect(revoke(booked(), neighbour, at(10))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(revoke(booked(), guard, at(10))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a pass used up, expired or already revoked cannot be revoked', () => {
    const used = value(admit(booked(), at(HOUR + 5)))
    expect(revoke(used, resident, at(HOUR + 10))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(revoke(booked(), resident, at(3 * HOUR))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    const revoked = value(revoke(booked(), resident, at(10)))
    expect(revoke(revoked, resident, at(20))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})

describe('who sees what of a pass', () => {
  it('masks the middle four digits of a phone', () => {
    expect(maskPhone('13800000001')).toBe('138****0001')
    expect(maskPhone('12345')).toBe('*****')
  })

  it('the gate sees the masked phone and only what the check needs', () => {
    expect(gateView(booked())).toEqual({
      visitorName: '张三',
      visitorPhone: '138****0001',
      plate: null,
      unitId: '1-101',
      validFrom: at(HOUR),
      validUntil: at(3 * HOUR),
      entriesLeft: 1,
    })
  })

  it('the household sees the full phone and the state; the visitor’s link the codes but a masked phone', () => {
    expect(householdView(booked(), T0)).toMatchObject({
      visitorPhone: '13812340001',
      state: 'not_yet_valid',
      entriesLeft: 1,
    })
    expect(sharedView(booked(), at(HOUR))).toMatchObject({
      visitorPhone: '138****0001',
      state: 'valid',
      token: 'A'.repeat(22),
      shortCode: 'ABCD2345',
    })
  })
})

describe('the arrival notice', () => {
  it('tells the household who arrived, when (Shanghai time), and what is left of the pass', () => {
    expect(arrivalNotice(value(admit(booked(), at(HOUR + 5))), at(HOUR + 5))).toEqual({
      title: '访客已到达',
      body: '您预约的访客张三已于 11月27日 11:05 进入小区。',
    })
    expect(arrivalNotice(value(admit(booked(3), at(HOUR + 5))), at(HOUR + 5)).body).toBe(
      '您预约的访客张三已于 11月27日 11:05 进入小区，通行证还可使用 2 次。',
    )
  })
})
