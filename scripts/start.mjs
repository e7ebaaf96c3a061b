// `npm start`: build the H5 app and the desktop console when missing or older than their sources, then run the local host.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }, 0)
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0)

function buildIfStale(output, sources, script, what) {
  if (builtAt(output) >= Math.max(...sources.map(newestMtime))) return
  console.log(`building ${what}…`)
  const build = spawnSync('npm', ['run', script, '--silent'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

buildIfStale('dist-h5/index.html', ['src', 'config'], 'build:h5', 'the H5 app (dist-h5/)')
// The console bundles core from src/, so a change there rebuilds it too (esbuild takes seconds).
buildIfStale('dist-console/main.js', ['console', 'src/core'], 'build:console', 'the desktop console (dist-console/)')
const host = spawnSync('npm', ['run', 'host', '--silent'], { stdio: 'inherit' })
process.exit(host.status ?? 0)
