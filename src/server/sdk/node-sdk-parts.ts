import type * as NodeSdk from '@cloudbase/node-sdk'
// A module of two symbols and no imports: loading it costs nothing.
import { SYMBOL_CURRENT_ENV } from '@cloudbase/node-sdk/dist/const/symbol'

/**
 * The parts of `@cloudbase/node-sdk` every call needs: who called, and the document database.
 * The SDK's main entry loads all of it first (AI, auth with JWT, data models, MySQL, storage):
 * about 230 ms of a function's 270 ms cold start. These come from the SDK's own modules instead,
 * bundled by scripts/build-functions.mjs, and each is required on first use, so loading the
 * function runs none of them; `warmUp` loads them as soon as the instance is idle.
 */

/* eslint-disable @typescript-eslint/no-require-imports -- requires, not imports: an import would run at load */
const context = () =>
  require('@cloudbase/node-sdk/dist/utils/tcbcontext') as typeof import('@cloudbase/node-sdk/dist/utils/tcbcontext')
const database = () =>
  require('@cloudbase/node-sdk/dist/database') as typeof import('@cloudbase/node-sdk/dist/database')
const utils = () =>
  require('@cloudbase/node-sdk/dist/utils/utils') as typeof import('@cloudbase/node-sdk/dist/utils/utils')
/* eslint-enable @typescript-eslint/no-require-imports */

export type Database = ReturnType<ReturnType<typeof NodeSdk.init>['database']>

export { SYMBOL_CURRENT_ENV }

/** Who called and how, from the platform's context and environment (the SDK's `getCloudbaseContext`). */
export const getCloudbaseContext: typeof NodeSdk.getCloudbaseContext = (platformContext) =>
  context().getCloudbaseContext(platformContext)

/** What `init(config).database()` returns, without building the rest of a CloudBase app. */
export const openDatabase = (config: NodeSdk.ICloudBaseConfig): Database =>
  database().newDb({ config: utils().normalizeConfig(config) })

/** Loads the parts every call needs once the event loop is free: a call that comes later finds them ready. */
export function warmUp(): void {
  setImmediate(() => {
    context()
    database()
  }).unref()
}

let whole: typeof NodeSdk | undefined

/** The whole SDK, loaded on first use (storage's temporary links). */
export function wholeSdk(): typeof NodeSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  whole ??= require('@cloudbase/node-sdk') as typeof NodeSdk
  return whole
}
