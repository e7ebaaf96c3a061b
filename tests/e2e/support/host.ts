import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { HOST_BUNDLE } from '../../support/host-bundle'

export const REPO = resolve(__dirname, '../../..')

export interface Host {
  baseUrl: string
  dataDir: string
  stop(): Promise<void>
  /** POSTs JSON to the host, with a dev-login token if given. */
  post<T>(path: string, body: unknown, token?: string): Promise<T>
  /** Signs a seed user in through the dev endpoint and returns the token. */
  token(openid: string): Promise<string>
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))))
    })
  })
}

/** Starts the host (`src/server/local/main.ts`, bundled) on a free port with a fresh data folder (seeded on start). */
export async function startHost(): Promise<Host> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-'))
  // The entry `npm run host` runs, bundled once by the suite's global setup.
  const child: ChildProcess = spawn(process.execPath, [HOST_BUNDLE], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), LINLI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`host did not start in 60 s:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(`listening on http://127.0.0.1:${port}`)) {
        clearTimeout(timer)
        ready()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`host exited with ${code}:\n${output}`))
    })
  })
  const baseUrl = `http://127.0.0.1:${port}`

  async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
    const res = await fetch(baseUrl + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    return (await res.json()) as T
  }

  return {
    baseUrl,
    dataDir,
    post,
    token: async (openid) => (await post<{ token: string }>('/api/dev/login', { openid })).token,
    async stop() {
      child.removeAllListeners('exit')
      const exited = new Promise((done) => child.once('exit', done))
      // Signal the whole process group we created, should the host have started children.
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000).unref())])
      child.stdout?.destroy()
      child.stderr?.destroy()
      child.unref()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
