// `npm run build:console [-- <out dir>]`: bundles the desktop console (console/) into dist-console/
// (or the folder given) with esbuild.
// Not Vite: Taro pins a peer vite@4, and esbuild is all a single-page bundle needs.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

// LINLI_CONSOLE_TARGET=cloudbase (with TCB_ENV_ID) builds the static-hosting console that calls
// CloudBase through its web SDK; anything else, the local host's routes (see DEPLOY.md).
const target = process.env.LINLI_CONSOLE_TARGET ?? 'local'
const envId = process.env.TCB_ENV_ID ?? ''
if (target === 'cloudbase' && !envId) {
  console.error('LINLI_CONSOLE_TARGET=cloudbase needs TCB_ENV_ID')
  process.exit(1)
}

const out = resolve(process.argv[2] ?? 'dist-console')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

await build({
  entryPoints: ['console/main.tsx'],
  bundle: true,
  outfile: `${out}/main.js`,
  format: 'esm',
  target: 'es2020',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  // The console imports core (pure) by its alias; never src/server or Taro.
  alias: { '@core': resolve('src/core') },
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.LINLI_CONSOLE_TARGET': JSON.stringify(target),
    'process.env.TCB_ENV_ID': JSON.stringify(envId),
  },
  logLevel: 'warning',
  metafile: false,
})
copyFileSync('console/index.html', `${out}/index.html`)
copyFileSync('console/console.css', `${out}/console.css`)
console.log(`console built in ${out} (calls: ${target === 'cloudbase' ? `CloudBase ${envId}` : 'the local host'})`)
