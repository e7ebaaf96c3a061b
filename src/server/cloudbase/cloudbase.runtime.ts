import { nodeCrypto } from '../node-crypto'
import type { getCloudbaseContext as GetContext } from '@cloudbase/node-sdk'
import { systemClock } from '@core/shared/clock'
import { appError, ErrorCode } from '@core/shared/errors'
import { readFunctionConfig, withTemplateIds } from '../config/environment.config'
import type { CloudFunction } from '../define-function'
import { WechatContentSecurity } from '../content/wechat-content-security'
import { CloudFiles, cloudbaseStorage } from '../files/cloud-files'
import { WechatPhoneNumbers } from '../phone/wechat-phone-number'
import { loadTemplates } from '../notify/notifier'
import productionTemplates from '../notify/templates/production.json'
import { WechatPush } from '../notify/wechat-push'
import { wxPay } from '../pay/wx-pay'
import { openCloudbaseStore } from '../store/cloudbase.store'
import { getCloudbaseContext, SYMBOL_CURRENT_ENV, warmUp } from '../sdk/node-sdk-parts'
import { withInstanceCache } from '../store/instance-cache'
import { parsedStore } from '../store/parsed-store'
import { jsonLogger, type Invoker, type Runtime } from '../ports/runtime.port'

// Built once per warm function instance, reused across invocations.
let shared: Runtime | undefined

export function cloudbaseRuntime(): Runtime {
  if (shared) return shared
  // Throws a ConfigError naming each missing or malformed variable: the first call fails loudly.
  const config = readFunctionConfig(process.env)
  // One CloudBase account may serve several estates; the tag keeps their logs apart in log search.
  const estate = { estate: config.estateId }
  // A stand-in for the CloudBase API, such as the cold-start bench's wire stub; never set in production.
  const serviceUrl = process.env.LINLI_CLOUDBASE_SERVICE_URL
  const standIn = serviceUrl ? { serviceUrl } : {}
  const store = withInstanceCache(
    parsedStore(
      // Inside a CloudBase function the SDK finds its environment and temporary credentials itself.
      openCloudbaseStore({ env: SYMBOL_CURRENT_ENV, ...standIn }),
    ),
  )
  const newId = () => nodeCrypto().randomUUID().replace(/-/g, '')
  shared = {
    store,
    clock: systemClock,
    files: new CloudFiles(store, cloudbaseStorage(), newId),
    push: new WechatPush(),
    templates: withTemplateIds(loadTemplates(productionTemplates), config.templateIds),
    pay: wxPay,
    contentSecurity: new WechatContentSecurity(),
    phoneNumbers: new WechatPhoneNumbers(),
    newId,
    log: {
      info: (message, details) => jsonLogger.info(message, { ...estate, ...details }),
      error: (message, details) => jsonLogger.error(message, { ...estate, ...details }),
    },
  }
  return shared
}

/**
 * The platform's record of who called, never the event's: `TCB_SOURCE` (what `getWXContext()`
 * reports as SOURCE) is set by CloudBase, and a client cannot set it. WeChat documents its values:
 * `wx_client` for the mini-program, `wx_trigger` for a timer trigger, `wx_paycallback` for WeChat
 * Pay's notification; a chain of calls is comma-joined (e.g. `wx_client,scf`).
 * https://developers.weixin.qq.com/minigame/dev/wxcloud/reference-sdk-api/utils/Cloud.getWXContext.html
 */
export const TIMER_SOURCE = 'wx_trigger'
const PAY_CALLBACK_SOURCE = 'wx_paycallback'

/** An event shaped like a timer trigger's (`{Type: 'Timer', TriggerName, Time}`): only ever trusted with the source above. */
const looksLikeTimer = (event: unknown) =>
  typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'

/** What the platform says of a call (the SDK's `getCloudbaseContext`), from its context object. */
export function platformContextOf(context: unknown): ReturnType<typeof GetContext> {
  type Context = Parameters<typeof GetContext>[0]
  // The SDK throws on a context without its environment fields; then the process env alone speaks.
  const platform = typeof context === 'object' && context !== null && ('environment' in context || 'environ' in context)
  return getCloudbaseContext(platform ? (context as Context) : undefined)
}

/** Who called, from the platform's context only; null when the platform names nobody. */
export function invokerFrom(event: unknown, context: unknown): Invoker | null {
  const { WX_OPENID: wechatOpenid, TCB_CUSTOM_USER_ID: customUserId, TCB_SOURCE: source } = platformContextOf(context)
  // The desktop console signs in with a custom-login ticket whose uid is the user's openid
  // (../console/cloudbase-ticket.ts); only this environment's private key signs one.
  const openid = wechatOpenid || customUserId
  // Checked first: a payment notification may also carry the payer's openid.
  if (source === PAY_CALLBACK_SOURCE) return { kind: 'payment' }
  if (source === TIMER_SOURCE && !openid) return { kind: 'timer' }
  if (openid) return { kind: 'user', openid }
  return null
}

/** The `exports.main` of a deployed function: an envelope, or for WeChat Pay the `{errcode, errmsg}` it reads. */
export function cloudbaseMain(fn: CloudFunction) {
  // Loading the function runs no SDK code (a cold start's module load stays short); the SDK parts
  // load as soon as the instance is idle, or at the first call if that comes first.
  warmUp()
  return async (event: unknown, context: unknown): Promise<unknown> => {
    const invoker = invokerFrom(event, context)
    if (looksLikeTimer(event) && invoker?.kind !== 'timer') {
      return { ok: false, error: appError(ErrorCode.FORBIDDEN, 'only the timer trigger may send a timer event') }
    }
    if (!invoker) return { ok: false, error: appError(ErrorCode.UNAUTHENTICATED, 'no caller identity') }
    const result = await fn.handle(event, invoker, cloudbaseRuntime())
    if (invoker.kind !== 'payment') return result
    // WeChat Pay reads `errcode` from the notify function's return and retries anything but 0 for two days.
    return result.ok ? result.data : { errcode: 1, errmsg: result.error.code }
  }
}
