// Bundles each cloudfunctions/<name>/index.ts into index.js beside it, so a folder deploys on its own.
// Only the platform SDKs stay external: they are the folder's package.json dependencies.
import { build } from 'esbuild'
import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'

export const FUNCTIONS_ROOT = 'cloudfunctions'
export const EXTERNALS = ['@cloudbase/node-sdk', 'wx-server-sdk']

export function functionNames() {
  return readdirSync(FUNCTIONS_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FUNCTIONS_ROOT, d.name, 'index.ts')))
    .map((d) => d.name)
}

export async function buildFunctions() {
  const names = functionNames()
  await Promise.all(
    names.map((name) =>
      build({
        entryPoints: [join(FUNCTIONS_ROOT, name, 'index.ts')],
        outfile: join(FUNCTIONS_ROOT, name, 'index.js'),
        bundle: true,
        platform: 'node',
        // The CloudBase runtime is Nodejs18.15 (cloudbaserc.json), though the tools and local host need Node 20+.
        target: 'node18',
        format: 'cjs',
        external: EXTERNALS,
        tsconfig: 'tsconfig.json',
        sourcemap: 'linked',
        logLevel: 'warning',
      }),
    ),
  )
  return names
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = await buildFunctions()
  console.log(`bundled ${names.length} functions: ${names.join(', ')}`)
}
