import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { appError, ErrorCode } from '@core/shared/errors'
import { resolveCaller } from '../actor.resolver'
import { consolePollSchema } from '@core/identity/console-sign-in.schemas'
import { openSignIn, pollSignIn } from '../console/console-sign-in'
import type { ConsoleTicketPort } from '../console/console-ticket.port'
import { contextOf } from '../action'
import type { CloudFunction } from '../define-function'
import { hiddenFiles } from '../screening/media-checks'
import { MAX_IMAGE_BYTES } from '../files/local-files'
import { admitUpload } from '../files/upload-policy'
import { devRoute } from './dev-routes'
import { decodePath, HttpFault, readBody, readJson, sendJson, unauthenticated } from './http'
import type { LocalRuntime } from './local-runtime'
import { readTimerTriggers, startScheduler } from './scheduler'
import type { Sessions } from './sessions'
import { consoleServer, staticServer } from './static-files'

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

  const dev = { runtime, sessions, functions, fireTimer }
  const serveStatic = staticServer(options.staticDir)
  const serveConsole = consoleServer(options.consoleDir)

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url
    // Refuses a malformed escape before any route reads the path.
    decodePath(pathname)
    const method = req.method ?? 'GET'

    const fn = /^\/api\/fn\/([^/]+)$/.exec(pathname)
    if (fn && method === 'POST') {
      const target = functions[fn[1]!]
      const openid = openidOf(req, url)
      if (!target) throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no function ${fn[1]}`))
      const event = await readJson(req)
      // Answered after its writes are committed, all in one transaction (see unitOfWork).
      const envelope = await runtime.documents.unitOfWork(() => target.handle(event, { kind: 'user', openid }, runtime))
      return sendJson(res, 200, envelope)
    }

    // The console before anyone signed in: it has no token yet, so these two take none.
    if (pathname === '/api/console/open' && method === 'POST') {
      const opened = await openSignIn(contextOf(runtime), req.socket.remoteAddress ?? 'unknown')
      if (!opened.ok) throw new HttpFault(429, opened.error)
      return sendJson(res, 200, { ok: true, data: opened.value })
    }
    if (pathname === '/api/console/poll' && method === 'POST') {
      const body = consolePollSchema.safeParse(await readJson(req))
      if (!body.success) {
        throw new HttpFault(400, appError(ErrorCode.VALIDATION_FAILED, 'give {"code", "secret"}'))
      }
      const answer = await pollSignIn(contextOf(runtime), consoleTickets, body.data.code, body.data.secret)
      return sendJson(res, 200, answer.ok ? { ok: true, data: answer.value } : { ok: false, error: answer.error })
    }

    if (pathname === '/api/files' && method === 'POST') {
      const { actor, store } = await resolveCaller(runtime.store, openidOf(req, url))
      const admitted = await admitUpload(store, actor, runtime.clock.now())
      if (!admitted.ok) {
        req.resume()
        throw new HttpFault(admitted.error.code === ErrorCode.FORBIDDEN ? 403 : 429, admitted.error)
      }
      const bytes = await readBody(req, MAX_IMAGE_BYTES).catch(async (error: unknown) => {
        await admitted.held.release()
        throw error
      })
      const saved = await runtime.files.save(bytes, req.headers['content-type'] ?? '', actor, runtime.clock.now())
      if (!saved.ok) await admitted.held.release()
      return saved.ok ? sendJson(res, 200, saved.value) : sendJson(res, 415, { ok: false, error: saved.error })
    }

    const file = /^\/files\/([A-Za-z0-9_-]+)$/.exec(pathname)
    if (file && method === 'GET') {
      const { actor, store } = await resolveCaller(runtime.store, openidOf(req, url))
      // Read first: it finds only the caller's estate's files, so the hidden check has an estate to ask.
      const readable = await runtime.files.read(file[1]!, actor)
      const found = readable && (await hiddenFiles(store, [file[1]!], actor)).size === 0 ? readable : null
      if (!found) throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, 'no such file'))
      // The stored type is the one the bytes were checked to be; nosniff keeps a browser from guessing HTML.
      res.writeHead(200, {
        'Content-Type': found.contentType,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, max-age=3600',
      })
      return void res.end(found.bytes)
    }

    if (devMode && pathname.startsWith('/api/dev/')) return devRoute(dev, req, res, url, method)
    if (pathname.startsWith('/api/')) throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no route ${pathname}`))
    if ((method === 'GET' || method === 'HEAD') && (pathname === '/console' || pathname.startsWith('/console/'))) {
      return serveConsole(res, pathname.slice('/console'.length))
    }
    if (method === 'GET' || method === 'HEAD') return serveStatic(res, pathname)
    throw new HttpFault(404, appError(ErrorCode.NOT_FOUND, `no route ${pathname}`))
  }

  const server = createServer((req, res) => {
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://localhost')
    } catch {
      return sendJson(res, 400, { ok: false, error: appError(ErrorCode.VALIDATION_FAILED, 'malformed URL') })
    }
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
