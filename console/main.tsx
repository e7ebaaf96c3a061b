// The theme tokens (--td-*): component styles come with each component, the tokens only from here.
import 'tdesign-react/es/style/index.css'
import { createRoot } from 'react-dom/client'
import { chooseTransport } from './api'
import { App } from './app'
import type { JsSdkApp } from './transport/cloudbase-transport'
import { targetOf, transportFor } from './transport/select'

/**
 * `@cloudbase/js-sdk`, for a cloudbase build only. Until the package is a dependency, the page
 * provides it as the SDK's browser build (global `cloudbase`), see DEPLOY.md.
 */
function initCloudbase(envId: string): JsSdkApp {
  const sdk = (globalThis as { cloudbase?: { init(config: { env: string }): JsSdkApp } }).cloudbase
  if (!sdk) throw new Error('the CloudBase web SDK is not loaded')
  return sdk.init({ env: envId })
}

// Written in by scripts/build-console.mjs: the local host's routes, or CloudBase.
const target = targetOf({ target: process.env.LINLI_CONSOLE_TARGET, envId: process.env.TCB_ENV_ID })
chooseTransport(transportFor(target, { fetch: (...args) => fetch(...args), initCloudbase }))

createRoot(document.getElementById('root')!).render(<App />)
