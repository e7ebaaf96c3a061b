import type * as NodeSdk from '@cloudbase/node-sdk'
// A module of two symbols and no imports: loading it costs nothing.
import { SYMBOL_CURRENT_ENV } from '@cloudbase/node-sdk/dist/const/symbol'

/**
 * The parts of `@cloudbase/node-sdk` every call needs: who called, and the document database.
 * The SDK's main entry loads all of it first (AI, auth with JWT, data models, MySQL, storage):
 * about 230 ms of a function's 270 ms cold start. These come from the SDK's own modules instead
 * (node-sdk-modules.ts, a file of its own in a built function), required on first use, so loading
 * the function neither parses nor runs them; `warmUp` loads them as soon as the instance is idle.
 */

let modules: typeof import('./node-sdk-modules') | undefined
const sdk = () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require, not an import: an import would run at load
  modules ??= require('./node-sdk-modules') as typeof import('./node-sdk-modules')
  return modules
}

export type Database = ReturnType<ReturnType<typeof NodeSdk.init>['database']>

export { SYMBOL_CURRENT_ENV }

/** Who called and how, from the platform's context and environment (the SDK's `getCloudbaseContext`). */
export const getCloudbaseContext: typeof NodeSdk.getCloudbaseContext = (platformContext) =>
  sdk().getCloudbaseContext(platformContext)

/** What `init(config).database()` returns, without building the rest of a CloudBase app. */
export const openDatabase = (config: NodeSdk.ICloudBaseConfig): Database =>
  sdk().newDb({ config: sdk().normalizeConfig(config) })

/** Loads the parts every call needs once the event loop is free: a call that comes later finds them ready. */
export function warmUp(): void {
  setImmediate(sdk).unref()
}

let whole: typeof NodeSdk | undefined

/** The whole SDK, loaded on first use (storage's temporary links). */
export function wholeSdk(): typeof NodeSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  whole ??= require('@cloudbase/node-sdk') as typeof NodeSdk
  return whole
}
