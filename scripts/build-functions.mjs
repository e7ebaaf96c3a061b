// Bundles each cloudfunctions/<name>/index.ts into index.js beside it, so a folder deploys on its own.
// The platform SDKs' main entries stay external: they are the folder's package.json dependencies,
// loaded on first use. The node-sdk modules every call needs (src/server/sdk/node-sdk-modules.ts)
// are bundled into SDK_FILE beside index.js, so a cold start loads those and not the whole SDK,
// and loading index.js does not parse them (index.js requires that file on first use).
import { build } from 'esbuild'
import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'

export const FUNCTIONS_ROOT = 'cloudfunctions'
export const EXTERNALS = ['@cloudbase/node-sdk', 'wx-server-sdk']
export const SDK_FILE = 'node-sdk-modules.js'
const SDK_MODULES = 'src/server/sdk/node-sdk-modules.ts'
/**
 * Bundled code that comes with the CloudBase SDK parts (the SDK and the packages it pulls in): the
 * bench counts it apart from the function's own code (src/, and zod and dayjs, which src/ imports).
 */
export const SDK_INPUT = /node_modules[\\/](?!zod[\\/]|dayjs[\\/])|cloudbase-class\.shim/

const externalEntries = new RegExp(`^(${EXTERNALS.map((name) => name.replace('/', '\\/')).join('|')})$`)
const sdkParts = {
  name: 'cloudbase-sdk-parts',
  setup(build) {
    // Exactly the packages' names: esbuild's `external` would also keep out their inner modules.
    build.onResolve({ filter: externalEntries }, (args) => ({ path: args.path, external: true }))
    build.onResolve({ filter: /^\.\/node-sdk-modules$/ }, () => ({ path: `./${SDK_FILE}`, external: true }))
    build.onResolve({ filter: /^\.\.\/cloudbase$/ }, (args) =>
      /node-sdk[\\/]dist[\\/]utils[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL('./cloudbase-class.shim.cjs', import.meta.url)) }
        : undefined,
    )
  },
}

export function functionNames() {
  return readdirSync(FUNCTIONS_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FUNCTIONS_ROOT, d.name, 'index.ts')))
    .map((d) => d.name)
}

const common = {
  bundle: true,
  platform: 'node',
  // The CloudBase runtime is Nodejs18.15 (cloudbaserc.json), though the tools and local host need Node 20+.
  target: 'node18',
  format: 'cjs',
  plugins: [sdkParts],
  tsconfig: 'tsconfig.json',
  // Less to read and compile at a cold start.
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
}

/**
 * Builds every function; with `metafile`, answers esbuild's account of what each function's files
 * (index.js and SDK_FILE) hold, by name.
 */
export async function buildFunctions({ metafile = false } = {}) {
  const names = functionNames()
  const [first, ...others] = names
  const [sdk, ...results] = await Promise.all([
    // The SDK's packages keep their names, as they were given them: they are not ours to vouch for.
    // Every function's SDK_FILE is the same bundle: built once, copied beside each index.js.
    build({
      ...common,
      entryPoints: [SDK_MODULES],
      outfile: join(FUNCTIONS_ROOT, first, SDK_FILE),
      keepNames: true,
      metafile,
    }),
    // No `keepNames` for our code: its name-setting calls were ~6% of the bytes and of the load, and
    // nothing in src/, zod or dayjs reads a function's name; the linked map names stack frames.
    ...names.map((name) =>
      build({
        ...common,
        entryPoints: [join(FUNCTIONS_ROOT, name, 'index.ts')],
        outfile: join(FUNCTIONS_ROOT, name, 'index.js'),
        metafile,
      }),
    ),
  ])
  // The folders sit side by side, so the map's relative source paths hold in each of them.
  for (const name of others) {
    for (const file of [SDK_FILE, `${SDK_FILE}.map`]) {
      copyFileSync(join(FUNCTIONS_ROOT, first, file), join(FUNCTIONS_ROOT, name, file))
    }
  }
  if (!metafile) return names
  return Object.fromEntries(
    names.map((name, i) => [name, { outputs: { ...results[i].metafile.outputs, ...sdk.metafile.outputs } }]),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = await buildFunctions()
  console.log(`bundled ${names.length} functions: ${names.join(', ')}`)
}
