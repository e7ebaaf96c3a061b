import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Envelope } from '@core/shared/envelope'
import { FUNCTIONS } from '@server/functions'
import { createHost, type HostOptions } from '@server/local/host'
import { createLocalRuntime, type LocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'
import { Sessions } from '@server/local/sessions'

export interface TestHost {
  url: string
  /** What the host logged as errors, for tests of faults that are logged rather than returned. */
  errors: { message: string; details?: Record<string, unknown> }[]
  runtime: LocalRuntime
  /** A bearer token for a seed user (or any openid), from the real dev-login endpoint. */
  login(openid: string): Promise<string>
  /** POST /api/fn/<name> as `openid`; returns the HTTP status and the parsed body. */
  post(path: string, body: unknown, token?: string): Promise<{ status: number; body: any }>
  /** Calls a function as `openid` and returns its envelope. */
  call<T = any>(openid: string, fn: string, event: Record<string, unknown>): Promise<Envelope<T>>
  advanceMinutes(minutes: number): Promise<void>
  fireTimer(fn: string): Promise<any>
  stop(): Promise<void>
}

/** A real local host on a free port over a fresh data folder, seeded with the demo estate. */
export async function startTestHost(options: Pick<HostOptions, 'consoleDir'> = {}): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-api-'))
  const errors: TestHost['errors'] = []
  const runtime = createLocalRuntime(dataDir, {
    info: () => {},
    error: (message, details) => errors.push({ message, details }),
  })
  await seedIfEmpty(runtime.store)
  const host = createHost({
    runtime,
    sessions: Sessions.inDataDir(dataDir),
    functions: FUNCTIONS,
    devMode: true,
    staticDir: join(dataDir, 'no-h5'),
    functionsRoot: resolve('cloudfunctions'),
    schedule: false,
    ...options,
  })
  await new Promise<void>((ready) => host.server.listen(0, '127.0.0.1', ready))
  const url = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`
  const tokens = new Map<string, string>()

  async function post(path: string, body: unknown, token?: string) {
    const response = await fetch(url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    return { status: response.status, body: await response.json() }
  }

  async function login(openid: string) {
    const known = tokens.get(openid)
    if (known) return known
    const { body } = await post('/api/dev/login', { openid })
    tokens.set(openid, body.token)
    return body.token as string
  }

  return {
    url,
    errors,
    runtime,
    login,
    post,
    async call(openid, fn, event) {
      return (await post(`/api/fn/${fn}`, event, await login(openid))).body
    },
    async advanceMinutes(minutes) {
      await post('/api/dev/clock', { advanceMinutes: minutes })
    },
    async fireTimer(fn) {
      return (await post(`/api/dev/timers/${fn}`, {})).body
    },
    async stop() {
      await host.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
