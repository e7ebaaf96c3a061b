import { randomUUID } from 'node:crypto'
import tcb from '@cloudbase/node-sdk'
import { systemClock } from '@core/shared/clock'
import { appError, ErrorCode } from '@core/shared/errors'
import type { Envelope } from '@core/shared/envelope'
import type { CloudFunction } from '../define-function'
import { CloudFiles } from '../files/cloud-files'
import { openCloudbaseStore } from '../store/cloudbase.store'
import { jsonLogger, type Invoker, type Runtime } from './runtime'

// Built once per warm function instance, reused across invocations.
let shared: Runtime | undefined

function cloudbaseRuntime(): Runtime {
  shared ??= {
    store: openCloudbaseStore({
      // Inside a CloudBase function the SDK finds its environment and temporary credentials itself.
      env: tcb.SYMBOL_CURRENT_ENV,
    }),
    clock: systemClock,
    files: new CloudFiles(),
    newId: () => randomUUID().replace(/-/g, ''),
    log: jsonLogger,
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
  const openid = tcb.getCloudbaseContext(platform ? (context as Context) : undefined).WX_OPENID
  if (openid) return { kind: 'user', openid }
  const isTimer = typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
  return isTimer ? { kind: 'timer' } : null
}

/** The `exports.main` of a deployed function. */
export function cloudbaseMain(fn: CloudFunction) {
  return async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    const invoker = invokerFrom(event, context)
    if (!invoker) return { ok: false, error: appError(ErrorCode.UNAUTHENTICATED, 'no caller identity') }
    return fn.handle(event, invoker, cloudbaseRuntime())
  }
}
