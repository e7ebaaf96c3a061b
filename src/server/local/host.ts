import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { AppError } from '@core/shared/errors'
import { appError, ErrorCode } from '@core/shared/errors'
import { receiveMediaCheckEvent } from '../content/content-check.function'
import { hiddenFiles } from '../content/media-checks'
import { resolveActor } from '../identity/actor.resolver'
import { openSignIn, pollSignIn } from '../console/console-sign-in'
import type { ConsoleTicketPort } from '../console/console-ticket.port'
import type { CloudFunction } from '../define-function'
import { MAX_IMAGE_BYTES } from '../files/local-files'
import { outboxCollection } from '../notify/local-push'
import { PAY_CALLBACK_FUNCTION } from '../pay/pay.port'
import type { LocalRuntime } from './local-runtime'
import { readTimerTriggers, startScheduler } from './scheduler'
import type { Sessions } from './sessions'

export const MAX_EVENT_BYTES = 1024 * 1024

export interface HostOptions {
  runtime: LocalRuntime
  sessions: Sessions
  functions: Record<string, CloudFunction>
  /** Dev endpoints (login, clock, timers) exist only when true. */
  devMode: boolean
  /** The H5 build to serve at `/`, if built. */
  staticDir: string
  /** The desktop console's build to serve at `/console/`, if built. */
  consoleDir?: string
  /** Where each function's config.json (timer trigger) lives. */
  functionsRoot: string
  /** Fire timer triggers on their crons (off in tests that fire them by hand). */
  schedule: boolean
}

class HttpFault extends Error {
  constructor(
    readonly status: number,
    readonly error: AppError,
  ) {
    super(error.message)
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  const tooLarge = () => new HttpFault(413, appError(ErrorCode.VALIDATION_FAILED, `body over ${limit} bytes`))
  if (declared > limit) {
    req.resume()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_EVENT_BYTES)
  try {
    return body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
  } catch {
    throw new HttpFault(400, appError(ErrorCode.VALIDATION_FAILED, 'body is not valid JSON'))
  }
}

const unauthenticated = () => new HttpFault(401, appError(ErrorCode.UNAUTHENTICATED, 'missing or invalid token'))

/** The local host: every cloud function over HTTP, the dev endpoints, photos, and the H5 build. */
export function createHost(options: HostOptions): { server: Server; stop(): Promise<void> } {
  const { runtime, sessions, functions, devMode } = options

  function openidOf(req: IncomingMessage, url: URL): string {
    const header = req.headers.authorization ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7) : url.searchParams.get('token')
    const openid = token ? sessions.verify(token) : null
    if (!openid) throw unauthenticated()
    return openid
  }

  // Locally an approved console sign-in becomes the host's own session token.
  const consoleTickets: ConsoleTicketPort = { ticketFor: async (openid) => sessions.issue(openid) }

  const fireTimer = (name: string) => functions[name]!.handle({}, { kind: 'timer' }, runtime)

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url
    const method = req.method ?? 'GET'

    const fn = /^\/api\/fn\/([^/]+)$/.exec(pathname)
    if (fn && method === 'POST') {
      const target = functions[fn[1]!]
      const openid = openidOf(req, url)
      if (!target) throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no function ${fn[1]}`))
      const event = await readJson(req)
      return sendJson(res, 200, await target.handle(event, { kind: 'user', openid }, runtime))
    }

    // The console before anyone signed in: it has no token yet, so these two take none.
    if (pathname === '/api/console/open' && method === 'POST') {
      return sendJson(res, 200, { ok: true, data: await openSignIn(runtime) })
    }
    if (pathname === '/api/console/poll' && method === 'POST') {
      const body = (await readJson(req)) as { code?: unknown; secret?: unknown }
      if (typeof body.code !== 'string' || typeof body.secret !== 'string' || body.secret.length > 128) {
        throw new HttpFault(400, appError(ErrorCode.VALIDATION_FAILED, 'give {"code", "secret"}'))
      }
      const answer = await pollSignIn(runtime, consoleTickets, body.code, body.secret)
      return sendJson(res, 200, answer.ok ? { ok: true, data: answer.value } : { ok: false, error: answer.error })
    }

    if (pathname === '/api/files' && method === 'POST') {
      const actor = await resolveActor(runtime.store, openidOf(req, url))
      const bytes = await readBody(req, MAX_IMAGE_BYTES)
      const saved = await runtime.files.save(bytes, req.headers['content-type'] ?? '', actor, runtime.clock.now())
      return saved.ok ? sendJson(res, 200, saved.value) : sendJson(res, 415, { ok: false, error: saved.error })
    }

    const file = /^\/files\/([A-Za-z0-9_-]+)$/.exec(pathname)
    if (file && method === 'GET') {
      const actor = await resolveActor(runtime.store, openidOf(req, url))
      const hidden = await hiddenFiles(runtime.store, [file[1]!], actor)
      const found = hidden.size === 0 ? await runtime.files.read(file[1]!, actor) : null
      if (!found) throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, 'no such file'))
      res.writeHead(200, { 'Content-Type': found.contentType, 'Cache-Control': 'private, max-age=3600' })
      return void res.end(found.bytes)
    }

    if (devMode && pathname.startsWith('/api/dev/')) return devRoute(req, res, url, method)
    if (pathname.startsWith('/api/')) throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no route ${pathname}`))
    if ((method === 'GET' || method === 'HEAD') && (pathname === '/console' || pathname.startsWith('/console/'))) {
      return serveConsole(res, pathname.slice('/console'.length))
    }
    if (method === 'GET' || method === 'HEAD') return serveStatic(res, pathname)
    throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no route ${pathname}`))
  }

  async function devRoute(req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<void> {
    const path = url.pathname.slice('/api/dev/'.length)
    if (path === 'login' && method === 'POST') {
      const body = (await readJson(req)) as { openid?: unknown }
      if (typeof body.openid !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(body.openid)) {
        throw new HttpFault(400, appError(ErrorCode.VALIDATION_FAILED, 'openid must be 1-64 of [A-Za-z0-9_-]'))
      }
      return sendJson(res, 200, { token: sessions.issue(body.openid) })
    }
    if (path === 'clock' && method === 'GET') return sendJson(res, 200, { now: runtime.clock.now().toISOString() })
    if (path === 'clock' && method === 'POST') {
      const body = (await readJson(req)) as { advanceMinutes?: unknown; set?: unknown }
      if (typeof body.advanceMinutes === 'number' && Number.isFinite(body.advanceMinutes)) {
        runtime.clock.advanceMinutes(body.advanceMinutes)
      } else if (typeof body.set === 'string' && !Number.isNaN(Date.parse(body.set))) {
        runtime.clock.set(body.set)
      } else {
        throw new HttpFault(
          400,
          appError(ErrorCode.VALIDATION_FAILED, 'give {"advanceMinutes": n} or {"set": "<ISO time>"}'),
        )
      }
      return sendJson(res, 200, { now: runtime.clock.now().toISOString() })
    }
    if (path === 'outbox' && method === 'GET') {
      const openid = url.searchParams.get('openid')
      const items = await outboxCollection(runtime.store).find({
        where: openid ? { toOpenid: openid } : {},
        orderBy: { field: 'sentAt', direction: 'asc' },
        limit: 1000,
      })
      return sendJson(res, 200, { items })
    }
    if (path === 'push/fail' && method === 'POST') {
      // Makes the simulated WeChat refuse the next push to a user, as the platform can (43101, 47003…).
      const body = (await readJson(req)) as { openid?: unknown; errcode?: unknown; errmsg?: unknown }
      if (typeof body.openid !== 'string' || typeof body.errcode !== 'number') {
        throw new HttpFault(400, appError(ErrorCode.VALIDATION_FAILED, 'give {"openid", "errcode", "errmsg"?}'))
      }
      runtime.push.failNext(
        body.openid,
        body.errcode,
        typeof body.errmsg === 'string' ? body.errmsg : `errcode ${body.errcode}`,
      )
      return sendJson(res, 200, { queued: true })
    }
    if (path === 'content/deliver' && method === 'POST') {
      // Pushes the stand-in's pending image verdicts as WeChat pushes `wxa_media_check` events.
      const verdicts = runtime.contentSecurity.takePending()
      for (const { traceId, suggest, label } of verdicts) {
        await receiveMediaCheckEvent(
          { Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { suggest, label: String(label) } },
          runtime,
        )
      }
      return sendJson(res, 200, { delivered: verdicts.length })
    }
    const timer = /^timers\/([^/]+)$/.exec(path)
    if (timer && method === 'POST') {
      const target = functions[timer[1]!]
      if (!target?.timer) throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no timer on ${timer[1]}`))
      return sendJson(res, 200, await fireTimer(timer[1]!))
    }
    const paid = /^pay\/([A-Za-z0-9_-]{1,32})$/.exec(path)
    const notify = functions[PAY_CALLBACK_FUNCTION]
    if (paid && notify && method === 'POST') {
      // 模拟支付: the simulated gateway takes the money and notifies payCallback as WeChat Pay would.
      // `{"totalFee": n}` forges the notified amount, to exercise the amount check.
      const body = (await readJson(req)) as { totalFee?: unknown }
      const forged = typeof body.totalFee === 'number' ? { totalFee: body.totalFee } : {}
      const notification = runtime.pay.pay(paid[1]!, forged)
      if (!notification.ok)
        throw new HttpFault(notification.error.code === ErrorCode.NOT_FOUND ? 404 : 409, notification.error)
      return sendJson(res, 200, await notify.handle(notification.value, { kind: 'payment' }, runtime))
    }
    throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no dev route ${path}`))
  }

  const staticRoot = resolve(options.staticDir)
  function serveStatic(res: ServerResponse, pathname: string): void {
    const candidate = normalize(join(staticRoot, decodeURIComponent(pathname)))
    const inside = candidate.startsWith(staticRoot)
    const target =
      inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(staticRoot, 'index.html')
    if (!existsSync(target)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      return void res.end('H5 build not found: run `npm run build:h5` (or `npm start`, which builds it).')
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(target)] ?? 'application/octet-stream' })
    res.end(readFileSync(target))
  }

  const consoleRoot = options.consoleDir ? resolve(options.consoleDir) : null
  function serveConsole(res: ServerResponse, path: string): void {
    if (path === '') {
      res.writeHead(301, { Location: '/console/' })
      return void res.end()
    }
    const candidate = consoleRoot ? resolve(consoleRoot, `.${decodeURIComponent(path)}`) : ''
    // Resolved, then checked against the folder with its separator: nothing beside or above it is served.
    const inside = consoleRoot !== null && candidate.startsWith(consoleRoot + sep)
    const target = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : null
    const index = consoleRoot ? join(consoleRoot, 'index.html') : ''
    const file = target ?? (path.includes('.') && !path.endsWith('.html') ? null : index)
    if (!file || !existsSync(file)) {
      res.writeHead(file === index ? 503 : 404, { 'Content-Type': 'text/plain; charset=utf-8' })
      return void res.end(
        file === index ? 'Console build not found: run `npm run build:console` (or `npm start`).' : 'not found',
      )
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    })
    res.end(readFileSync(file))
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    route(req, res, url).catch((error: unknown) => {
      if (error instanceof HttpFault) return sendJson(res, error.status, { ok: false, error: error.error })
      runtime.log.error('host fault', {
        path: url.pathname,
        error: error instanceof Error ? error.stack : String(error),
      })
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: appError(ErrorCode.INTERNAL, 'internal error') })
    })
  })

  const triggers = options.schedule ? readTimerTriggers(options.functionsRoot, Object.keys(functions)) : []
  const scheduler = startScheduler(triggers, runtime.clock, fireTimer)

  return {
    server,
    async stop() {
      scheduler.stop()
      await new Promise<void>((done) => server.close(() => done()))
      server.closeAllConnections()
      await runtime.store.close()
    },
  }
}
