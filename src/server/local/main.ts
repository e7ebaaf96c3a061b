import { resolve } from 'node:path'
import { FUNCTIONS } from '../functions'
import { createHost } from './host'
import { createLocalRuntime } from './local-runtime'
import { seedIfEmpty } from './seed'
import { Sessions } from './sessions'

const port = Number(process.env.PORT ?? 8787)
const dataDir = resolve(process.env.LINLI_DATA_DIR ?? '.data')
const devMode = process.env.NODE_ENV !== 'production'

async function main(): Promise<void> {
  const runtime = createLocalRuntime(dataDir)
  if (await seedIfEmpty(runtime.store)) runtime.log.info('seeded the demo estate', { dataDir })
  const host = createHost({
    runtime,
    sessions: Sessions.inDataDir(dataDir),
    functions: FUNCTIONS,
    devMode,
    staticDir: resolve('dist-h5'),
    consoleDir: resolve('dist-console'),
    functionsRoot: resolve('cloudfunctions'),
    schedule: true,
  })
  host.server.listen(port, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${port} (data: ${dataDir}${devMode ? ', dev mode' : ''})`)
  })
  const shutdown = () => void host.stop().then(() => process.exit(0))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

void main()
