import { execFile } from 'node:child_process'
import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { openCloudbaseStore } from '../src/server/store/cloudbase.store'
import { startCloudbaseWireStub } from '../tests/contract/cloudbase-wire-stub'
import { fmt, median } from './stats'

/** Issue 16's cold-start budgets: module load of a bundle, and the bundle's own code before the SDK. */
export const LOAD_BUDGET_MS = 100
export const OWN_CODE_BUDGET_KB = 200
const RUNS = 5

interface BuildModule {
  FUNCTIONS_ROOT: string
  SDK_INPUT: RegExp
  SDK_FILE: string
  buildFunctions(options: {
    metafile: true
  }): Promise<Record<string, { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> }>>
}

export interface ColdStartRow {
  name: string
  /** The bundle's own code (ours, zod, dayjs) and the CloudBase SDK code bundled beside it (SDK_FILE), in KB. */
  ownKB: number
  sdkKB: number
  loadMs: number
  loadAndFirstCallMs: number
}

// One fresh Node per run, as a cold instance: require the bundle, then one call as a signed-in
// user, which resolves the caller with a real store read (through the SDK, to the wire stub).
const CHILD = `
const start = process.hrtime.bigint()
const { main } = require(process.env.BUNDLE)
const loaded = process.hrtime.bigint()
main({}, {}).then((reply) => {
  const done = process.hrtime.bigint()
  console.log(JSON.stringify({ load: Number(loaded - start) / 1e6, total: Number(done - start) / 1e6, reply }))
})`

// Asynchronous: the stub answers from this process's event loop.
const run = promisify(execFile)

async function runCold(bundle: string, serviceUrl: string): Promise<{ load: number; total: number }> {
  const { stdout } = await run(process.execPath, ['-e', CHILD], {
    encoding: 'utf8',
    timeout: 30_000,
    env: {
      PATH: process.env.PATH,
      BUNDLE: bundle,
      LINLI_ESTATE_ID: 'linli',
      LINLI_CLOUDBASE_SERVICE_URL: serviceUrl,
      // Placeholders: the stub checks no signature, and outside CloudBase the store wants keys.
      TENCENTCLOUD_SECRETID: 'bench',
      TENCENTCLOUD_SECRETKEY: 'bench',
      SCF_NAMESPACE: 'bench',
      WX_CONTEXT_KEYS: 'WX_OPENID',
      WX_OPENID: 'bench-first-caller',
    },
  })
  const cold = JSON.parse(stdout.trim().split('\n').pop()!) as { load: number; total: number; reply: { ok?: boolean } }
  if (typeof cold.reply?.ok !== 'boolean') throw new Error(`${bundle}: the first call answered no envelope`)
  return cold
}

async function times<T>(count: number, once: () => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < count; i++) results.push(await once())
  return results
}

/** Builds every function (minified, SDK parts bundled) and times a cold start of each, RUNS times. */
export async function measureColdStarts(): Promise<{ rows: ColdStartRow[]; wholeSdkMs: number }> {
  const build = (await import('../scripts/build-functions.mjs' as string)) as BuildModule
  const metas = await build.buildFunctions({ metafile: true })
  const stub = await startCloudbaseWireStub()
  try {
    const credentials = { secretId: 'bench', secretKey: 'bench', serviceUrl: stub.serviceUrl }
    await openCloudbaseStore({ env: 'bench', ...credentials }).ensureCollections()
    const rows: ColdStartRow[] = []
    for (const [name, meta] of Object.entries(metas)) {
      const bundle = resolve(build.FUNCTIONS_ROOT, name, 'index.js')
      // Own code: what index.js holds (ours, zod, dayjs); SDK: the SDK parts, all in their own file.
      let own = 0
      let sdk = 0
      for (const [file, output] of Object.entries(meta.outputs)) {
        if (!file.endsWith('.js')) continue
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
          if (build.SDK_INPUT.test(input) || file.endsWith(build.SDK_FILE)) sdk += bytesInOutput
          else own += bytesInOutput
        }
      }
      const runs = await times(RUNS, () => runCold(bundle, stub.serviceUrl))
      rows.push({
        name,
        ownKB: own / 1024,
        sdkKB: sdk / 1024,
        loadMs: median(runs.map((r) => r.load)),
        loadAndFirstCallMs: median(runs.map((r) => r.total)),
      })
    }
    const requireWholeSdk =
      "const s=process.hrtime.bigint();require('@cloudbase/node-sdk');console.log(Number(process.hrtime.bigint()-s)/1e6)"
    const wholeSdk = await times(RUNS, async () =>
      Number((await run(process.execPath, ['-e', requireWholeSdk])).stdout),
    )
    return { rows, wholeSdkMs: median(wholeSdk) }
  } finally {
    await stub.close()
  }
}

export function formatColdStarts({ rows, wholeSdkMs }: { rows: ColdStartRow[]; wholeSdkMs: number }): string[] {
  const over = (value: number, budget: number) => (value > budget ? ' OVER' : '')
  return [
    `cloud function cold starts (median of ${RUNS} fresh processes; budgets: load <= ${LOAD_BUDGET_MS} ms, own code <= ${OWN_CODE_BUDGET_KB} KB)`,
    `for comparison, require('@cloudbase/node-sdk') whole: ${fmt(wholeSdkMs, 0)} ms`,
    `${'function'.padEnd(14)}${'own KB'.padStart(8)}${'SDK KB'.padStart(8)}${'file KB'.padStart(9)}${'load ms'.padStart(9)}${'load+1st call ms'.padStart(18)}`,
    ...rows.map((r) => {
      const file = statSync(join('cloudfunctions', r.name, 'index.js')).size / 1024
      return `${r.name.padEnd(14)}${fmt(r.ownKB, 1).padStart(8)}${fmt(r.sdkKB, 1).padStart(8)}${fmt(file, 1).padStart(9)}${fmt(r.loadMs, 0).padStart(9)}${fmt(r.loadAndFirstCallMs, 0).padStart(18)}${over(r.ownKB, OWN_CODE_BUDGET_KB)}${over(r.loadMs, LOAD_BUDGET_MS)}`
    }),
  ]
}

export const coldStartsOverBudget = (rows: ColdStartRow[]): boolean =>
  rows.some((r) => r.loadMs > LOAD_BUDGET_MS || r.ownKB > OWN_CODE_BUDGET_KB)
