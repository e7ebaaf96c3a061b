import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
})
afterEach(() => host.stop())

const countOrders = async () => {
  const all = await host.call('admin-1', 'repair', { action: 'list', scope: 'all', limit: 50 })
  return all.ok ? all.data.items.length : -1
}

describe('the local host contract', () => {
  it('answers 401 without a valid token, 404 for an unknown function', async () => {
    expect((await host.post('/api/fn/repair', { action: 'list', scope: 'mine' })).status).toBe(401)
    expect((await host.post('/api/fn/repair', { action: 'list', scope: 'mine' }, 'forged.token')).status).toBe(401)
    const token = await host.login('resident-1')
    const unknown = await host.post('/api/fn/nope', {}, token)
    expect(unknown).toMatchObject({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND' } } })
  })

  it('refuses bad JSON with 400 and an oversize body with 413, writes nothing and keeps serving', async () => {
    const token = await host.login('resident-1')
    expect(await host.post('/api/fn/repair', '{"action": "create", ', token)).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'VALIDATION_FAILED' } },
    })
    const huge = { action: 'create', category: 'other', description: 'x'.repeat(1024 * 1024) }
    expect((await host.post('/api/fn/repair', huge, token)).status).toBe(413)
    expect(await countOrders()).toBe(0)
    expect(await host.call('resident-1', 'me', { action: 'profile' })).toMatchObject({
      ok: true,
      data: { unitId: '1-101' },
    })
  })

  it('gives unknown actions and wrong types a stable code with the fields named, and writes nothing', async () => {
    expect(await host.call('resident-1', 'repair', { action: 'explode' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { action: expect.any(Array) } },
    })
    expect(await host.call('resident-1', 'repair', ['not', 'an', 'object'] as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    const wrong = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'roof',
      priority: 5,
      description: '',
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(!wrong.ok && Object.keys(wrong.error.fieldErrors!).sort()).toEqual(['category', 'description', 'priority'])
    const long = await host.call('resident-1', 'repair', {
      action: 'create',
      category: 'other',
      description: '长'.repeat(501),
    })
    expect(long).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { description: expect.any(Array) } },
    })
    expect(await countOrders()).toBe(0)
  })

  it('never trusts an openid inside the event', async () => {
    const created = await host.call('resident-2', 'repair', {
      action: 'create',
      category: 'other',
      description: '门铃坏了',
      openid: 'resident-1',
      unitId: '1-101',
    })
    expect(created).toMatchObject({ ok: true, data: { unitId: '2-202', residentOpenid: 'resident-2' } })
  })

  it('an unknown WeChat user is an unbound guest who can read their profile but not use the estate', async () => {
    expect(await host.call('newcomer', 'me', { action: 'profile' })).toEqual({
      ok: true,
      data: {
        openid: 'newcomer',
        role: 'guest',
        unitId: null,
        name: '',
        bound: false,
        phone: null,
        relation: null,
        verified: null,
        skills: [],
        application: null,
      },
    })
    expect(
      await host.call('newcomer', 'repair', { action: 'create', category: 'other', description: '你好' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('moves and reads the dev clock', async () => {
    const set = await host.post('/api/dev/clock', { set: '2026-12-01T00:00:00.000Z' })
    expect(Date.parse(set.body.now) - Date.parse('2026-12-01T00:00:00Z')).toBeLessThan(2000)
    const moved = await host.post('/api/dev/clock', { advanceMinutes: 90 })
    expect(Date.parse(moved.body.now) - Date.parse('2026-12-01T01:30:00Z')).toBeLessThan(2000)
    expect((await host.post('/api/dev/clock', { advanceMinutes: 'soon' })).status).toBe(400)
  })
})
