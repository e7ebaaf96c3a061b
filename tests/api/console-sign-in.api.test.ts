import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
})
afterEach(() => host.stop())

/** What the console does before anyone signed in: open a sign-in, get the QR's code and its own secret. */
async function openConsole(): Promise<{ code: string; secret: string }> {
  const { status, body } = await host.post('/api/console/open', {})
  expect(status).toBe(200)
  return body.data
}

const poll = async (code: string, secret: string) => (await host.post('/api/console/poll', { code, secret })).body
const approve = (openid: string, code: string) => host.call(openid, 'admin', { action: 'approveConsoleSignIn', code })

async function auditActions(): Promise<string[]> {
  const log = await host.call('admin-1', 'admin', { action: 'listAudit', limit: 50 })
  if (!log.ok) throw new Error(log.error.message)
  return log.data.items.map((e: { action: string }) => e.action)
}

describe('scan-to-sign-in for the desktop console', () => {
  it('a manager who approves the scanned code signs the console in as themselves, once; both ends are audited', async () => {
    const { code, secret } = await openConsole()
    expect(await poll(code, secret)).toMatchObject({ ok: true, data: { status: 'pending' } })

    expect(await approve('admin-1', code)).toEqual({ ok: true, data: { id: code } })
    const signedIn = await poll(code, secret)
    expect(signedIn).toMatchObject({
      ok: true,
      data: { status: 'signedIn', user: { openid: 'admin-1', role: 'manager' } },
    })

    // The session works on the manager's actions, with no dev sign-in involved.
    const token = signedIn.data.token as string
    const staff = await host.post('/api/fn/admin', { action: 'listStaff' }, token)
    expect(staff.body.ok).toBe(true)

    // Single use: neither end can use the code again.
    expect(await poll(code, secret)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await approve('admin-1', code)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    expect((await host.post('/api/fn/admin', { action: 'consoleSignOut' }, token)).body.ok).toBe(true)
    expect((await auditActions()).slice(0, 2)).toEqual(['console.signOut', 'console.signIn'])
  })

  it.each([
    ['a guest', 'someone-new'],
    ['a resident', 'resident-1'],
    ['a maintenance worker', 'staff-1'],
    ['a gate guard', 'guard-1'],
    ["an owners' committee member", 'committee-1'],
  ])('%s cannot approve, and the console stays signed out', async (_who, openid) => {
    const { code, secret } = await openConsole()
    expect(await approve(openid, code)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await poll(code, secret)).toMatchObject({ ok: true, data: { status: 'pending' } })
  })

  it('refuses a code after its two minutes, at both ends', async () => {
    const { code, secret } = await openConsole()
    await host.advanceMinutes(2)
    expect(await approve('admin-1', code)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(await poll(code, secret)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('refuses an approved code that reached the console only after it expired', async () => {
    const { code, secret } = await openConsole()
    await host.advanceMinutes(1)
    expect((await approve('admin-1', code)).ok).toBe(true)
    await host.advanceMinutes(1.5)
    expect(await poll(code, secret)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(await auditActions()).not.toContain('console.signIn')
  })

  it('answers the session only to the console that opened the code, not to whoever saw the QR', async () => {
    const { code, secret } = await openConsole()
    expect((await approve('admin-1', code)).ok).toBe(true)
    expect(await poll(code, 'x'.repeat(secret.length))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await poll('no-such-code-at-all', secret)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // The rightful console still gets in.
    expect(await poll(code, secret)).toMatchObject({ ok: true, data: { status: 'signedIn' } })
  })

  it("head office signs in to see the company's estates compared, and no estate's orders or people", async () => {
    const { code, secret } = await openConsole()
    expect(await approve('company-1', code)).toEqual({ ok: true, data: { id: code } })
    const signedIn = await poll(code, secret)
    expect(signedIn).toMatchObject({
      ok: true,
      data: { status: 'signedIn', user: { openid: 'company-1', role: 'company_admin', companyAdmin: true } },
    })
    const token = signedIn.data.token as string
    const compared = await host.post('/api/fn/admin', { action: 'compareEstates', range: '30d' }, token)
    expect(compared.body.data.items.map((e: { name: string }) => e.name).sort()).toEqual(['湖畔苑', '邻里小区'])
    for (const action of ['orderChanges', 'findOrders', 'listStaff']) {
      const refused = await host.post('/api/fn/admin', { action }, token)
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect((await host.post('/api/fn/admin', { action: 'consoleSignOut' }, token)).body.ok).toBe(true)
    // A manager signing in is told they are not head office.
    const other = await openConsole()
    await approve('admin-1', other.code)
    expect(await poll(other.code, other.secret)).toMatchObject({ data: { user: { companyAdmin: false } } })
  })

  it('one console opens at most 10 codes in 10 minutes, then is told to wait until the window ends', async () => {
    for (let i = 0; i < 10; i++) await openConsole()
    const refused = await host.post('/api/console/open', {})
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(refused.body.error.retryAfterSeconds).toBeGreaterThan(0)
    expect(refused.body.error.retryAfterSeconds).toBeLessThanOrEqual(600)
    // Nothing was written for the refused one.
    expect(await host.runtime.store.collection('consoleSignIns').count({})).toBe(10)
    await host.advanceMinutes(10)
    await openConsole()
  })

  it('the minute timer removes codes past their two minutes and keeps live ones', async () => {
    const old = await openConsole()
    await host.advanceMinutes(2.5)
    const live = await openConsole()
    const swept = await host.fireTimer('slaSweep')
    expect(swept.data.housekeeping.removedConsoleSignIns).toBe(1)
    expect(await poll(old.code, old.secret)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await poll(live.code, live.secret)).toMatchObject({ ok: true, data: { status: 'pending' } })
  })

  it('rejects a malformed poll at the host with 400', async () => {
    expect((await host.post('/api/console/poll', { code: 1 })).status).toBe(400)
  })
})
