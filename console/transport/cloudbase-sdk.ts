import cloudbase from '@cloudbase/js-sdk/app'
import { registerAuth } from '@cloudbase/js-sdk/auth'
import { registerFunctions } from '@cloudbase/js-sdk/functions'
import type { JsSdkApp } from './cloudbase-transport'

// The core, login and functions modules only: half the size of the whole SDK (database, storage,
// AI…), which the console never calls. Loaded by a cloudbase build alone (console/main.tsx).
registerAuth(cloudbase)
registerFunctions(cloudbase)

/**
 * `cloudbase.init({env})` of `@cloudbase/js-sdk`. The `/app` entry declares the older
 * `@cloudbase/app` types; the object is the 3.x app the package's main declarations describe.
 */
export function initCloudbase(envId: string): JsSdkApp {
  return cloudbase.init({ env: envId }) as JsSdkApp
}
