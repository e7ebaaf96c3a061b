import { decide, submitApplication, type Application } from '@core/estate/application'

const form = { name: '周女士', phone: '13700000002', unitId: '2-301', relation: 'tenant' as const }
const T1 = '2026-11-27T02:00:00.000Z'
const T2 = '2026-11-27T03:00:00.000Z'

const value = <T>(result: { ok: true; value: T } | { ok: false }) => {
  if (!result.ok) throw new Error('expected success')
  return result.value
}

describe('an application to be bound to a unit', () => {
  const pending: Application = value(submitApplication('wx-a', form, T1, null))

  it('starts pending, keyed by the applicant', () => {
    expect(pending).toEqual({
      id: 'wx-a',
      version: 0,
      ...form,
      status: 'pending',
      createdAt: T1,
      decidedAt: null,
      decidedBy: null,
      note: null,
    })
  })

  it('is decided once, by whom and when; a rejection says why', () => {
    expect(value(decide(pending, { verdict: 'approved' }, 'admin-1', T2))).toMatchObject({
      status: 'approved',
      decidedAt: T2,
      decidedBy: 'admin-1',
      note: null,
    })
    const rejected = value(decide(pending, { verdict: 'rejected', note: '信息不符' }, 'admin-1', T2))
    expect(rejected).toMatchObject({ status: 'rejected', note: '信息不符' })
    expect(decide(rejected, { verdict: 'approved' }, 'admin-1', T2)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })

  it('applying again replaces a pending or rejected one at its version, never an approved one', () => {
    const stored = { ...value(decide(pending, { verdict: 'rejected', note: '信息不符' }, 'admin-1', T2)), version: 2 }
    expect(value(submitApplication('wx-a', { ...form, unitId: '2-302' }, T2, stored))).toMatchObject({
      version: 2,
      status: 'pending',
      unitId: '2-302',
      note: null,
      decidedBy: null,
    })
    const approved = value(decide(pending, { verdict: 'approved' }, 'admin-1', T2))
    expect(submitApplication('wx-a', form, T2, approved)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})
