import { consoleSignInEventSchema } from '@core/identity/console-sign-in.schemas'
import type { Envelope } from '@core/shared/envelope'
import { appError, ErrorCode } from '@core/shared/errors'
import type { Result } from '@core/shared/result'
import { fieldErrorsOf } from '@core/shared/zod'
import { contextOf } from '../action'
import { readCustomLoginKey, type CustomLoginKey } from '../config/environment.config'
import { cloudbaseTickets, type TicketIssuer } from '../console/cloudbase-ticket'
import { openSignIn, pollSignIn } from '../console/console-sign-in'
import type { Runtime } from '../ports/runtime.port'
import { getCloudbaseContext, SYMBOL_CURRENT_ENV, warmUp, wholeSdk } from '../sdk/node-sdk-parts'
import { cloudbaseRuntime, platformContextOf } from './cloudbase.runtime'

/**
 * The console's end of the connection, from the platform's context only, never the event: the
 * CloudBase user id (`TCB_UUID`, "用户唯一ID", what `auth().getUserInfo().uid` reports) of the
 * web SDK's anonymous login. https://docs.cloudbase.net/cloud-function/sdk (获取用户信息)
 */
export function requesterFrom(context: unknown): string | null {
  return platformContextOf(context).TCB_UUID || null
}

const answer = <T>(result: Result<T>): Envelope<T> =>
  result.ok ? { ok: true, data: result.value } : { ok: false, error: result.error }

/**
 * `consoleSignIn`: what a console nobody has signed into calls, as an anonymous web-SDK user, to
 * open its code (`{action: 'open'}`) and poll it (`{action: 'poll', code, secret}`); the local
 * host serves the same as `/api/console/open` and `/api/console/poll`. An approved poll answers a
 * custom-login ticket made by `issuer` for the approving manager's openid.
 */
export function consoleSignInHandler(runtime: () => Runtime, issuer: TicketIssuer) {
  const tickets = cloudbaseTickets(issuer)
  return async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    const requester = requesterFrom(context)
    if (!requester) return { ok: false, error: appError(ErrorCode.UNAUTHENTICATED, 'no caller identity') }
    const current = runtime()
    const parsed = consoleSignInEventSchema.safeParse(event)
    if (!parsed.success) {
      return {
        ok: false,
        error: appError(
          ErrorCode.VALIDATION_FAILED,
          'give {"action": "open"} or {"action": "poll", code, secret}',
          fieldErrorsOf(parsed.error),
        ),
      }
    }
    const ctx = contextOf(current)
    try {
      if (parsed.data.action === 'open') return answer(await openSignIn(ctx, requester))
      return answer(await pollSignIn(ctx, tickets, parsed.data.code, parsed.data.secret))
    } catch (error) {
      current.log.error('consoleSignIn failed', { error: error instanceof Error ? error.stack : String(error) })
      return { ok: false, error: appError(ErrorCode.INTERNAL, 'internal error') }
    }
  }
}

let issuerApp: TicketIssuer | undefined

/**
 * A node-sdk app holding the custom-login key, built at the first ticket: the whole SDK (auth and
 * its JWT signing) loads then, not at a cold start; the key file's `env_id` is this environment.
 */
function customLoginApp(key: CustomLoginKey): TicketIssuer {
  if (issuerApp) return issuerApp
  const { keyId, privateKey } = key
  const { TCB_ENV, SCF_NAMESPACE } = getCloudbaseContext()
  issuerApp = wholeSdk().init({
    env: SYMBOL_CURRENT_ENV,
    credentials: { private_key_id: keyId, private_key: privateKey, env_id: TCB_ENV || SCF_NAMESPACE },
  })
  return issuerApp
}

/** The `exports.main` of the deployed `consoleSignIn` function. */
export function consoleSignInMain() {
  warmUp()
  let key: CustomLoginKey | undefined
  const runtime = () => {
    const shared = cloudbaseRuntime()
    // Checked at the first call, like the runtime's variables: a deploy without the key fails at
    // the first open, not after a manager's approval has spent the code.
    key ??= readCustomLoginKey(process.env)
    return shared
  }
  return consoleSignInHandler(runtime, { auth: () => customLoginApp(key!).auth() })
}
