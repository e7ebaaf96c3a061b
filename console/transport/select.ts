import { cloudbaseTransport, fromJsSdk, type JsSdkApp } from './cloudbase-transport'
import { fetchTransport } from './fetch-transport'
import type { Transport } from './transport.port'

/** Where a console build sends its calls, fixed at build time (scripts/build-console.mjs). */
export type ConsoleTarget = { kind: 'local' } | { kind: 'cloudbase'; envId: string }

/** The build's settings as esbuild writes them in (`LINLI_CONSOLE_TARGET`, `TCB_ENV_ID`). */
export function targetOf(settings: { target?: string; envId?: string }): ConsoleTarget {
  if (!settings.target || settings.target === 'local') return { kind: 'local' }
  if (settings.target !== 'cloudbase') throw new Error(`unknown console target ${settings.target}`)
  if (!settings.envId) throw new Error('a cloudbase console build needs TCB_ENV_ID')
  return { kind: 'cloudbase', envId: settings.envId }
}

export interface TransportDeps {
  fetch: typeof fetch
  /** `cloudbase.init({env})` of `@cloudbase/js-sdk` (cloudbase-sdk.ts); only asked for by a cloudbase build. */
  initCloudbase(envId: string): JsSdkApp
}

export function transportFor(target: ConsoleTarget, deps: TransportDeps): Transport {
  return target.kind === 'local'
    ? fetchTransport(deps.fetch)
    : cloudbaseTransport(fromJsSdk(deps.initCloudbase(target.envId)))
}
