import {
  cloudbaseTransport,
  fromJsSdk,
  SIGN_IN_FUNCTION,
  type CloudbaseWebApp,
  type JsSdkApp,
} from '../../../console/transport/cloudbase-transport'
import { targetOf, transportFor } from '../../../console/transport/select'

/** A CloudBase web app that records what the console asked of it and answers like the platform. */
function fakeCloudbase(
  answer: (name: string, data: Record<string, unknown>) => unknown = () => ({ ok: true, data: 1 }),
) {
  const log: string[] = []
  let signedInAs: string | null = null
  const app: CloudbaseWebApp & { failAnonymousOnce?: boolean } = {
    async signInAnonymously() {
      log.push('anonymous')
      if (app.failAnonymousOnce) {
        app.failAnonymousOnce = false
        throw new Error('anonymous login is off')
      }
      signedInAs = 'anonymous'
    },
    async signInWithTicket(ticket) {
      log.push(`ticket ${ticket}`)
      if (ticket === 'expired-ticket') throw new Error('ticket expired')
      signedInAs = ticket
    },
    async signOut() {
      log.push('signOut')
      signedInAs = null
    },
    async callFunction(name, data) {
      log.push(`call ${name} ${JSON.stringify(data)} as ${signedInAs}`)
      return answer(name, data)
    },
  }
  return { app, log }
}

describe('the console build target', () => {
  it('is the local host unless a build says cloudbase, which needs its environment', () => {
    expect(targetOf({})).toEqual({ kind: 'local' })
    expect(targetOf({ target: 'local', envId: 'ignored' })).toEqual({ kind: 'local' })
    expect(targetOf({ target: 'cloudbase', envId: 'linli-prod-1a2b' })).toEqual({
      kind: 'cloudbase',
      envId: 'linli-prod-1a2b',
    })
    expect(() => targetOf({ target: 'cloudbase' })).toThrow('TCB_ENV_ID')
    expect(() => targetOf({ target: 'cloud' })).toThrow('unknown console target')
  })

  it('a local build posts to the host with the session as a bearer token; CloudBase is never initialised', async () => {
    const requests: { url: string; init: RequestInit }[] = []
    const fetchFake = (async (url: string, init: RequestInit) => {
      requests.push({ url, init })
      return new Response(JSON.stringify({ ok: true, data: { items: [] } }))
    }) as unknown as typeof fetch
    const initCloudbase = jest.fn()
    const transport = transportFor({ kind: 'local' }, { fetch: fetchFake, initCloudbase })
    expect(await transport.call('repair', { action: 'late' }, 'host-token')).toEqual({ ok: true, data: { items: [] } })
    expect(requests[0]!.url).toBe('/api/fn/repair')
    expect(requests[0]!.init.headers).toMatchObject({ Authorization: 'Bearer host-token' })
    expect(JSON.parse(String(requests[0]!.init.body))).toEqual({ action: 'late' })
    await transport.openSignIn()
    expect(requests[1]!.url).toBe('/api/console/open')
    expect(initCloudbase).not.toHaveBeenCalled()
  })

  it('a local build reports an unreachable host as NETWORK', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof fetch
    const transport = transportFor({ kind: 'local' }, { fetch: down, initCloudbase: jest.fn() })
    expect(await transport.call('repair', { action: 'late' }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'NETWORK' },
    })
  })
})

describe('the CloudBase web transport', () => {
  it('opens and polls the sign-in as an anonymous user, signing in anonymously once', async () => {
    const { app, log } = fakeCloudbase((_name, data) =>
      data.action === 'open'
        ? { ok: true, data: { code: 'code-1234', secret: 's', expiresAt: '2026-03-02T02:02:00.000Z' } }
        : { ok: true, data: { status: 'pending' } },
    )
    const transport = cloudbaseTransport(app)
    expect(await transport.openSignIn()).toMatchObject({ ok: true, data: { code: 'code-1234' } })
    expect(await transport.pollSignIn('code-1234', 's')).toEqual({ ok: true, data: { status: 'pending' } })
    expect(log).toEqual([
      'anonymous',
      `call ${SIGN_IN_FUNCTION} {"action":"open"} as anonymous`,
      `call ${SIGN_IN_FUNCTION} {"action":"poll","code":"code-1234","secret":"s"} as anonymous`,
    ])
  })

  it('spends the ticket on the SDK login, then calls the same functions with the same events as that user', async () => {
    const { app, log } = fakeCloudbase()
    const transport = cloudbaseTransport(app)
    expect(await transport.adopt('ticket-admin-1')).toEqual({ ok: true, data: null })
    expect(await transport.call('admin', { action: 'findOrders', page: 2 }, 'ticket-admin-1')).toEqual({
      ok: true,
      data: 1,
    })
    expect(log).toEqual(['ticket ticket-admin-1', 'call admin {"action":"findOrders","page":2} as ticket-admin-1'])
  })

  it('a ticket the platform refuses leaves the console signed out with the reason', async () => {
    const { app } = fakeCloudbase()
    expect(await cloudbaseTransport(app).adopt('expired-ticket')).toMatchObject({
      ok: false,
      error: { code: 'NETWORK', message: 'Error: ticket expired' },
    })
  })

  it('passes the function envelope through, refusals included, and calls a non-envelope INTERNAL', async () => {
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: 'service_desk may not admin.getSettings' } }
    const { app } = fakeCloudbase((_n, data) => (data.action === 'getSettings' ? refused : 'not an envelope'))
    const transport = cloudbaseTransport(app)
    expect(await transport.call('admin', { action: 'getSettings' }, 't')).toEqual(refused)
    expect(await transport.call('admin', { action: 'other' }, 't')).toMatchObject({ error: { code: 'INTERNAL' } })
  })

  it('retries the anonymous login after it failed, and signs out of the SDK', async () => {
    const { app, log } = fakeCloudbase()
    app.failAnonymousOnce = true
    const transport = cloudbaseTransport(app)
    expect(await transport.openSignIn()).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
    expect((await transport.openSignIn()).ok).toBe(true)
    await transport.signOut()
    expect(log.filter((l) => l === 'anonymous')).toHaveLength(2)
    expect(log.at(-1)).toBe('signOut')
  })
})

describe('binding @cloudbase/js-sdk', () => {
  function sdk(auth: ReturnType<JsSdkApp['auth']>, calls: unknown[]): JsSdkApp {
    return {
      auth: (options) => {
        calls.push(['auth', options])
        return auth
      },
      callFunction: async (options) => {
        calls.push(['callFunction', options])
        return { result: { ok: true, data: 'done' }, requestId: 'r-1' } as { result: unknown }
      },
    }
  }

  it('signs in with a 2.x SDK through its custom sign function, keeping the login per tab', async () => {
    const calls: unknown[] = []
    let signFunc: (() => Promise<string>) | undefined
    const app = fromJsSdk(
      sdk(
        {
          signInAnonymously: async () => calls.push('signInAnonymously'),
          setCustomSignFunc: (f) => void (signFunc = f),
          signInWithCustomTicket: async () => calls.push(['signInWithCustomTicket', await signFunc!()]),
          signOut: async () => calls.push('signOut'),
        },
        calls,
      ),
    )
    await app.signInAnonymously()
    await app.signInWithTicket('ticket-1')
    expect(await app.callFunction('repair', { action: 'late' })).toEqual({ ok: true, data: 'done' })
    expect(calls).toEqual([
      ['auth', { persistence: 'session' }],
      'signInAnonymously',
      ['signInWithCustomTicket', 'ticket-1'],
      ['callFunction', { name: 'repair', data: { action: 'late' } }],
    ])
  })

  it('signs in with a 1.x SDK through its providers', async () => {
    const calls: unknown[] = []
    const app = fromJsSdk(
      sdk(
        {
          anonymousAuthProvider: () => ({ signIn: async () => calls.push('anonymous') }),
          customAuthProvider: () => ({ signIn: async (ticket: string) => calls.push(['custom', ticket]) }),
          signOut: async () => calls.push('signOut'),
        },
        calls,
      ),
    )
    await app.signInAnonymously()
    await app.signInWithTicket('ticket-2')
    await app.signOut()
    expect(calls.slice(1)).toEqual(['anonymous', ['custom', 'ticket-2'], 'signOut'])
  })

  it('says plainly when the SDK offers no custom login', async () => {
    const app = fromJsSdk(sdk({ signOut: async () => undefined }, []))
    await expect(app.signInWithTicket('t')).rejects.toThrow('no custom login')
  })
})
