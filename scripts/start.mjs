// `npm start`: build the H5 app when it is missing or older than its sources, then run the local host.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }, 0)
}

const builtAt = existsSync('dist-h5/index.html') ? statSync('dist-h5/index.html').mtimeMs : 0
if (builtAt < Math.max(newestMtime('src'), newestMtime('config'))) {
  console.log('building the H5 app (dist-h5/)…')
  const build = spawnSync('npm', ['run', 'build:h5', '--silent'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const host = spawnSync('npm', ['run', 'host', '--silent'], { stdio: 'inherit' })
process.exit(host.status ?? 0)
