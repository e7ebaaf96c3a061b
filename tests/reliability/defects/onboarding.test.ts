import { inProcess, type InProcess } from '../support/in-process'

// Defects 10 and 12: invite guessing had no limit and told a used code from an unknown one; an
// approval racing an invite bound the user to one unit and approved them for another.
let env: InProcess
afterEach(() => env.close())

const joinWith = (openid: string, code: string) =>
  env.call(openid, 'me', { action: 'redeemInvite', code, name: '周先生', phone: '13700000009', relation: 'owner' })

async function invite(unitId = '1-102', maxUses = 1): Promise<string> {
  const made = await env.call('admin-1', 'admin', { action: 'createInvite', kind: 'unit', unitId, maxUses })
  if (!made.ok) throw new Error(made.error.message)
  return made.data.id as string
}

describe('redeeming invite codes', () => {
  beforeEach(async () => (env = await inProcess()))

  it('unknown, used and expired codes get one and the same message', async () => {
    const used = await invite()
    expect((await joinWith('guest-a', used)).ok).toBe(true)
    const expired = await invite('1-201')
    env.runtime.clock.advanceMinutes(8 * 24 * 60)
    const messages = await Promise.all(
      ['ABCDEFGH', used, expired].map(async (code) => {
        const answer = await joinWith('guest-b', code)
        return !answer.ok && answer.error.fieldErrors?.code
      }),
    )
    expect(messages).toEqual([['邀请码无效或已失效'], ['邀请码无效或已失效'], ['邀请码无效或已失效']])
  })

  it('a user gets 10 failed tries in 10 minutes, then RATE_LIMITED even with a good code', async () => {
    const good = await invite()
    for (let i = 0; i < 10; i++) {
      const answer = await joinWith('guest-c', `ZZZZZZ2${'ABCDEFGHJK'[i]}`)
      expect(!answer.ok && answer.error.code).toBe('VALIDATION_FAILED')
    }
    const limited = await joinWith('guest-c', good)
    expect(!limited.ok && limited.error.code).toBe('RATE_LIMITED')
    env.runtime.clock.advanceMinutes(11)
    expect((await joinWith('guest-c', good)).ok).toBe(true)
  })
})

describe('approving an application binds with one compare-and-set', () => {
  it('approving an applicant already bound by an invite is CONFLICT and leaves the application pending', async () => {
    env = await inProcess()
    const applied = await env.call('guest-d', 'me', {
      action: 'apply',
      name: '周先生',
      phone: '13700000009',
      building: '3',
      number: '101',
      relation: 'owner',
    })
    expect(applied.ok).toBe(true)
    expect((await joinWith('guest-d', await invite('1-102'))).ok).toBe(true)
    const approved = await env.call('admin-1', 'admin', { action: 'approveApplication', id: 'guest-d' })
    expect(!approved.ok && approved.error.code).toBe('CONFLICT')
    const user = await env.runtime.store.collection('users').get('guest-d')
    expect(user?.unitId).toBe('1-102')
    const application = await env.runtime.store.collection('applications').get('guest-d')
    expect(application?.status ?? 'gone').not.toBe('approved')
  })

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'under interleaving (seed %i) the application never says a unit the user is not bound to',
    async (seed) => {
      env = await inProcess({ interleaveSeed: seed })
      await env.call('guest-e', 'me', {
        action: 'apply',
        name: '周先生',
        phone: '13700000009',
        building: '3',
        number: '101',
        relation: 'owner',
      })
      const code = await invite('1-102')
      await Promise.all([
        env.call('admin-1', 'admin', { action: 'approveApplication', id: 'guest-e' }),
        joinWith('guest-e', code),
      ])
      const user = await env.runtime.store.collection('users').get('guest-e')
      const application = await env.runtime.store.collection('applications').get('guest-e')
      expect(user).not.toBeNull()
      if (application?.status === 'approved') expect(user!.unitId).toBe(application.unitId)
    },
  )
})
