import { mkdirSync, renameSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { buildSync } from 'esbuild'

const REPO = resolve(__dirname, '../..')

/** Where {@link buildHostBundle} writes the bundled host. */
export const HOST_BUNDLE = join(REPO, '.tmp', 'host-bundle', 'main.cjs')

/**
 * `src/server/local/main.ts` (the entry `npm run host` runs) bundled into one file that plain Node
 * starts: tests that start host processes by the dozen (a browser test file each, the SIGKILL rounds)
 * would otherwise have tsx compile the server's sources in every one (about 1.2 CPU-seconds a start).
 * Packages stay external, as tsx leaves them. Written under a new name and renamed, so a suite
 * building it while another starts a host never runs a half-written file.
 */
export function buildHostBundle(): void {
  mkdirSync(dirname(HOST_BUNDLE), { recursive: true })
  const written = `${HOST_BUNDLE}.${process.pid}`
  buildSync({
    entryPoints: [join(REPO, 'src/server/local/main.ts')],
    outfile: written,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    tsconfig: join(REPO, 'tsconfig.json'),
    logLevel: 'error',
  })
  renameSync(written, HOST_BUNDLE)
}
