import type { IncomingMessage, ServerResponse } from 'node:http'
import { appError, ErrorCode } from '@core/shared/errors'
import type { CloudFunction } from '../define-function'
import { PAY_CALLBACK_FUNCTION } from '../ports/pay.port'
import { HttpFault, readJson, sendJson } from './http'
import { receiveMediaCheckEvent } from '../content/content-check.function'
import type { LocalRuntime } from './local-runtime'
import type { Sessions } from './sessions'

/** What the dev endpoints reach: the runtime's clock, outbox and simulated gateway, sessions, timers. */
export interface DevDeps {
  runtime: LocalRuntime
  sessions: Sessions
  functions: Record<string, CloudFunction>
  fireTimer(name: string): Promise<unknown>
}

/** `/api/dev/*` (dev mode only): login, clock, outbox, push failures, timers and the simulated payment. */
export async function devRoute(
  { runtime, sessions, functions, fireTimer }: DevDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  method: string,
): Promise<void> {
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
    const items = await runtime.store.collection('outbox').find({
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
