import { randomUUID } from 'node:crypto'
import tcb from '@cloudbase/node-sdk'
import { systemClock } from '@core/shared/clock'
import { appError, ErrorCode } from '@core/shared/errors'
import { readFunctionConfig, withTemplateIds } from '../config/environment.config'
import type { CloudFunction } from '../define-function'
import { WechatContentSecurity } from '../content/wechat-content-security'
import { CloudFiles } from '../files/cloud-files'
import { WechatPhoneNumbers } from '../phone/wechat-phone-number'
import { loadTemplates } from '../notify/notifier'
import productionTemplates from '../notify/templates/production.json'
import { WechatPush } from '../notify/wechat-push'
import { wxPay } from '../pay/wx-pay'
import { openCloudbaseStore } from '../store/cloudbase.store'
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
  shared = {
    store: parsedStore(
      // Inside a CloudBase function the SDK finds its environment and temporary credentials itself.
      openCloudbaseStore({ env: tcb.SYMBOL_CURRENT_ENV }),
    ),
    clock: systemClock,
    files: new CloudFiles(),
    push: new WechatPush(),
    templates: withTemplateIds(loadTemplates(productionTemplates), config.templateIds),
    pay: wxPay,
    contentSecurity: new WechatContentSecurity(),
    phoneNumbers: new WechatPhoneNumbers(),
    newId: () => randomUUID().replace(/-/g, ''),
    log: {
      info: (message, details) => jsonLogger.info(message, { ...estate, ...details }),
      error: (message, details) => jsonLogger.error(message, { ...estate, ...details }),
    },
  }
  return shared
}

/**
 * Who called, from the platform's context only. A mini-program call always carries the caller's
 * openid; a timer trigger carries none and sends `{Type: 'Timer'}`.
 */
export function invokerFrom(event: unknown, context: unknown): Invoker | null {
  type Context = Parameters<typeof tcb.getCloudbaseContext>[0]
  // The SDK throws on a context without its environment fields; then the process env alone speaks.
  const platform = typeof context === 'object' && context !== null && ('environment' in context || 'environ' in context)
  const { WX_OPENID: openid, TCB_SOURCE: source } = tcb.getCloudbaseContext(platform ? (context as Context) : undefined)
  // Checked first: a payment notification may also carry the payer's openid.
  if (source === 'wx_paycallback') return { kind: 'payment' }
  if (openid) return { kind: 'user', openid }
  const isTimer = typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
  return isTimer ? { kind: 'timer' } : null
}

/** The `exports.main` of a deployed function: an envelope, or for WeChat Pay the `{errcode, errmsg}` it reads. */
export function cloudbaseMain(fn: CloudFunction) {
  return async (event: unknown, context: unknown): Promise<unknown> => {
    const invoker = invokerFrom(event, context)
    if (!invoker) return { ok: false, error: appError(ErrorCode.UNAUTHENTICATED, 'no caller identity') }
    const result = await fn.handle(event, invoker, cloudbaseRuntime())
    if (invoker.kind !== 'payment') return result
    // WeChat Pay reads `errcode` from the notify function's return and retries anything but 0 for two days.
    return result.ok ? result.data : { errcode: 1, errmsg: result.error.code }
  }
}
