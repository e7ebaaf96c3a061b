import cloudbase from '@cloudbase/js-sdk/app'
// The login and functions modules register themselves with the app on import (the package's README
// way; calling their registerAuth/registerFunctions as well only warns of a duplicate). Core, login
// and functions only: half the size of the whole SDK (database, storage, AI…), which the console
// never calls. Loaded by a cloudbase build alone (console/main.tsx).
import '@cloudbase/js-sdk/auth'
import '@cloudbase/js-sdk/functions'
import type { JsSdkApp } from './cloudbase-transport'

/**
 * `cloudbase.init({env})` of `@cloudbase/js-sdk`. The `/app` entry declares the older
 * `@cloudbase/app` types; the object is the 3.x app the package's main declarations describe.
 */
export function initCloudbase(envId: string): JsSdkApp {
  return cloudbase.init({ env: envId }) as JsSdkApp
}
