// The theme tokens (--td-*): component styles come with each component, the tokens only from here.
import 'tdesign-react/es/style/index.css'
import { createRoot } from 'react-dom/client'
import { chooseTransport } from './api'
import { App } from './app'
import { targetOf, transportFor, type TransportDeps } from './transport/select'

/**
 * `@cloudbase/js-sdk`, in a cloudbase build only: scripts/build-console.mjs writes the target in as a
 * constant, so esbuild drops this branch, and the SDK with it, from a local build.
 */
async function cloudbaseInit(): Promise<TransportDeps['initCloudbase']> {
  if (process.env.LINLI_CONSOLE_TARGET === 'cloudbase') return (await import('./transport/cloudbase-sdk')).initCloudbase
  return () => {
    throw new Error('this console was built for the local host')
  }
}

async function start() {
  // Written in by scripts/build-console.mjs: the local host's routes, or CloudBase.
  const target = targetOf({ target: process.env.LINLI_CONSOLE_TARGET, envId: process.env.TCB_ENV_ID })
  chooseTransport(transportFor(target, { fetch: (...args) => fetch(...args), initCloudbase: await cloudbaseInit() }))
  createRoot(document.getElementById('root')!).render(<App />)
}

void start()
