// Bundles each cloudfunctions/<name>/index.ts into index.js beside it, so a folder deploys on its own.
// The platform SDKs' main entries stay external: they are the folder's package.json dependencies,
// loaded on first use. The node-sdk modules every call needs (src/server/sdk/node-sdk-parts.ts)
// are bundled, so a cold start loads those and not the whole SDK.
import { build } from 'esbuild'
import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'

export const FUNCTIONS_ROOT = 'cloudfunctions'
export const EXTERNALS = ['@cloudbase/node-sdk', 'wx-server-sdk']
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

/** Builds every function; with `metafile`, answers esbuild's account of what each bundle holds, by name. */
export async function buildFunctions({ metafile = false } = {}) {
  const names = functionNames()
  const results = await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(FUNCTIONS_ROOT, name, 'index.ts')],
        outfile: join(FUNCTIONS_ROOT, name, 'index.js'),
        bundle: true,
        platform: 'node',
        // The CloudBase runtime is Nodejs18.15 (cloudbaserc.json), though the tools and local host need Node 20+.
        target: 'node18',
        format: 'cjs',
        plugins: [sdkParts],
        tsconfig: 'tsconfig.json',
        // Less to read and compile at a cold start; names kept for stack traces and logs.
        minify: true,
        keepNames: true,
        sourcemap: 'linked',
        logLevel: 'warning',
        metafile,
      }),
    ),
  )
  return metafile ? Object.fromEntries(names.map((name, i) => [name, results[i].metafile])) : names
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = await buildFunctions()
  console.log(`bundled ${names.length} functions: ${names.join(', ')}`)
}
