import type cloudbase from '@cloudbase/js-sdk'
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

describe('binding @cloudbase/js-sdk 3.x', () => {
  type Auth = JsSdkApp['auth']
  /** What 3.x answers a refused sign-in with: no throw, an `error` beside empty data. */
  const refusedWith = (message: string) =>
    ({ data: { user: null, session: null }, error: new Error(message) }) as unknown as cloudbase.auth.ILoginState

  /**
   * An SDK app typed by the package's own declarations: a method 3.x renames or retypes fails the
   * type check here. `refuse` names the sign-in the platform turns down.
   */
  function sdk(calls: unknown[], refuse: { ticket?: string; anonymous?: boolean; result?: object } = {}): JsSdkApp {
    const auth: Auth = {
      async signInAnonymously() {
        calls.push('signInAnonymously')
        return refuse.anonymous ? refusedWith('anonymous login is not enabled') : { data: {}, error: null }
      },
      async signInWithCustomTicket(getTicket) {
        const ticket: string = await getTicket!()
        calls.push(['signInWithCustomTicket', ticket])
        return ticket === refuse.ticket ? refusedWith('ticket expired') : ({ user: {} } as cloudbase.auth.ILoginState)
      },
      async signOut() {
        calls.push('signOut')
      },
    }
    return {
      auth,
      async callFunction(options) {
        calls.push(['callFunction', options])
        const response: cloudbase.functions.ICallFunctionResponse = {
          requestId: 'r-1',
          result: { ok: true, data: 'done' },
        }
        return refuse.result ? ({ requestId: 'r-2', ...refuse.result } as typeof response) : response
      },
    }
  }

  it('signs in anonymously, then with the ticket through the custom sign function, and calls by name', async () => {
    const calls: unknown[] = []
    const app = fromJsSdk(sdk(calls))
    await app.signInAnonymously()
    await app.signInWithTicket('ticket-1')
    expect(await app.callFunction('repair', { action: 'late' })).toEqual({ ok: true, data: 'done' })
    await app.signOut()
    expect(calls).toEqual([
      'signInAnonymously',
      ['signInWithCustomTicket', 'ticket-1'],
      ['callFunction', { name: 'repair', data: { action: 'late' } }],
      'signOut',
    ])
  })

  it('turns the error 3.x answers a refused ticket with into a NETWORK failure, not a silent sign-in', async () => {
    const transport = cloudbaseTransport(fromJsSdk(sdk([], { ticket: 'expired-ticket' })))
    expect(await transport.adopt('expired-ticket')).toMatchObject({
      ok: false,
      error: { code: 'NETWORK', message: 'Error: ticket expired' },
    })
  })

  it('reports anonymous login switched off when the console opens its code', async () => {
    const calls: unknown[] = []
    const transport = cloudbaseTransport(fromJsSdk(sdk(calls, { anonymous: true })))
    expect(await transport.openSignIn()).toMatchObject({
      ok: false,
      error: { code: 'NETWORK', message: 'Error: anonymous login is not enabled' },
    })
    expect(calls).toEqual(['signInAnonymously'])
  })

  it("reports the platform's refusal of a call (a code, no result) with its code", async () => {
    const refusal = { code: 'FUNCTIONS_EXECUTE_FAIL', message: 'permission denied' }
    const transport = cloudbaseTransport(fromJsSdk(sdk([], { result: refusal })))
    expect(await transport.call('admin', { action: 'getSettings' }, 't')).toMatchObject({
      ok: false,
      error: { code: 'NETWORK', message: 'Error: FUNCTIONS_EXECUTE_FAIL: permission denied' },
    })
  })
})
