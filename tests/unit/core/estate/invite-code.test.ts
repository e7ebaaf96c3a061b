import { inviteStatus, normalizeInviteCode, redeem, release, revoke, type InviteCode } from '@core/estate/invite-code'

const code: InviteCode = {
  id: 'ABCD2345',
  version: 1,
  kind: 'unit',
  unitId: '1-101',
  role: null,
  skills: [],
  maxUses: 2,
  uses: 0,
  redemptions: [],
  expiresAt: '2026-12-04T02:00:00.000Z',
  createdAt: '2026-11-27T02:00:00.000Z',
  createdBy: 'admin-1',
  revokedAt: null,
}
const NOW = '2026-11-28T02:00:00.000Z'

const value = <T>(result: { ok: true; value: T } | { ok: false }) => {
  if (!result.ok) throw new Error('expected success')
  return result.value
}

describe('an invite code', () => {
  it('takes one use per redemption, recording who and when, until its uses are gone', () => {
    const once = value(redeem(code, 'wx-a', NOW))
    expect(once).toMatchObject({ uses: 1, redemptions: [{ openid: 'wx-a', at: NOW }] })
    const twice = value(redeem(once, 'wx-b', NOW))
    expect(inviteStatus(twice, NOW)).toBe('used_up')
    expect(redeem(twice, 'wx-c', NOW)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'the invite code cannot be used',
        fieldErrors: { code: ['邀请码无效或已失效'] },
      },
    })
  })

  it('stops working at the instant it expires', () => {
    expect(inviteStatus(code, '2026-12-04T01:59:59.999Z')).toBe('active')
    expect(inviteStatus(code, code.expiresAt)).toBe('expired')
    expect(redeem(code, 'wx-a', code.expiresAt)).toMatchObject({
      ok: false,
      error: { fieldErrors: { code: ['邀请码无效或已失效'] } },
    })
  })

  it('a revoked code is refused, and revoking twice is a mistake', () => {
    const revoked = value(revoke(code, NOW))
    expect(inviteStatus(revoked, NOW)).toBe('revoked')
    expect(redeem(revoked, 'wx-a', NOW)).toMatchObject({
      ok: false,
      error: { fieldErrors: { code: ['邀请码无效或已失效'] } },
    })
    expect(revoke(revoked, NOW)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('a use taken by a binding that then failed is given back', () => {
    const taken = value(redeem(value(redeem(code, 'wx-a', NOW)), 'wx-b', NOW))
    expect(release(taken, 'wx-a')).toMatchObject({ uses: 1, redemptions: [{ openid: 'wx-b' }] })
    expect(release(taken, 'wx-z')).toBe(taken)
  })

  it('is read as typed by people: case and separators do not matter', () => {
    expect(normalizeInviteCode(' abcd-23 45 ')).toBe('ABCD2345')
  })
})
