import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { consoleSignInHandler } from '@server/cloudbase/console-sign-in.main'
import { ManualClock } from '@core/shared/clock'
import { CONSOLE_SESSION_MS } from '@server/console/cloudbase-ticket'
import { adminFunction } from '@server/admin/admin.function'
import { createLocalRuntime, type LocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'

/** A CloudBase function context as the platform hands it to a web SDK user's call. */
/** Monday 2026-03-02, 10:00 in Shanghai. */
const NOW = '2026-03-02T02:00:00.000Z'

const asUser = (uid: string) => ({ environment: JSON.stringify({ TCB_UUID: uid, TCB_ISANONYMOUS_USER: 'true' }) })

let dir: string
let runtime: LocalRuntime
let createTicket: jest.Mock<string, [string, { expire?: number }?]>
let handle: ReturnType<typeof consoleSignInHandler>

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linli-console-fn-'))
  runtime = createLocalRuntime(dir, { info: () => {}, error: () => {} }, new ManualClock(NOW))
  await seedIfEmpty(runtime.store)
  createTicket = jest.fn((uid: string) => `ticket-for-${uid}`)
  handle = consoleSignInHandler(() => runtime, { auth: () => ({ createTicket }) })
})
afterEach(async () => {
  await runtime.store.close()
  rmSync(dir, { recursive: true, force: true })
})

const signIns = () => runtime.store.collection('consoleSignIns').find({ where: {}, limit: 100 })

async function open(uid = 'anonymous-console-1'): Promise<{ code: string; secret: string }> {
  const opened = (await handle({ action: 'open' }, asUser(uid))) as { ok: true; data: { code: string; secret: string } }
  expect(opened).toMatchObject({ ok: true, data: { code: expect.any(String), secret: expect.any(String) } })
  return opened.data
}

const approve = (openid: string, code: string) =>
  adminFunction.handle({ action: 'approveConsoleSignIn', code }, { kind: 'user', openid }, runtime)

describe('the deployed consoleSignIn function', () => {
  it('opens a code for an anonymous console, and polls pending until someone approves', async () => {
    const { code, secret } = await open()
    expect(await handle({ action: 'poll', code, secret }, asUser('anonymous-console-1'))).toMatchObject({
      ok: true,
      data: { status: 'pending' },
    })
  })

  it("another console cannot poll someone else's code without its secret", async () => {
    const { code } = await open('anonymous-console-1')
    const { secret: otherSecret } = await open('anonymous-console-2')
    expect(await approve('admin-1', code)).toMatchObject({ ok: true })
    expect(await handle({ action: 'poll', code, secret: otherSecret }, asUser('anonymous-console-2'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(createTicket).not.toHaveBeenCalled()
  })

  it("answers the approving manager's custom-login ticket exactly once", async () => {
    const { code, secret } = await open()
    expect(await approve('admin-1', code)).toEqual({ ok: true, data: { id: code } })

    const signedIn = await handle({ action: 'poll', code, secret }, asUser('anonymous-console-1'))
    expect(signedIn).toMatchObject({
      ok: true,
      data: { status: 'signedIn', token: 'ticket-for-admin-1', user: { openid: 'admin-1', role: 'manager' } },
    })
    // The SDK reads `expire` as a moment: the session ends a working day after the sign-in.
    expect(createTicket).toHaveBeenCalledWith('admin-1', { expire: Date.parse(NOW) + CONSOLE_SESSION_MS })

    expect(await handle({ action: 'poll', code, secret }, asUser('anonymous-console-1'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(createTicket).toHaveBeenCalledTimes(1)
  })

  it('refuses a call with no CloudBase user in the platform context, whatever the event says', async () => {
    for (const context of [{}, undefined, { environment: JSON.stringify({ TCB_SOURCE: 'wx_client' }) }]) {
      expect(await handle({ action: 'open', TCB_UUID: 'forged' }, context)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      })
    }
    expect(await signIns()).toEqual([])
  })

  it.each([
    ['no action', {}],
    ['an unknown action', { action: 'approve', code: 'abcdefgh12' }],
    ['a poll without a secret', { action: 'poll', code: 'abcdefgh12' }],
    ['a poll with a malformed code', { action: 'poll', code: 'x', secret: 's' }],
    ['a poll with an oversized secret', { action: 'poll', code: 'abcdefgh12', secret: 'x'.repeat(129) }],
    ['not an object', 'open'],
    ['null', null],
  ])('refuses %s with VALIDATION_FAILED and writes nothing', async (_what, event) => {
    expect(await handle(event, asUser('anonymous-console-1'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(await signIns()).toEqual([])
  })
})
