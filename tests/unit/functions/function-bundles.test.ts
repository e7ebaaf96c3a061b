import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { FUNCTIONS } from '@server/functions'

const ROOT = resolve(__dirname, '../../..')
const FUNCTIONS_ROOT = join(ROOT, 'cloudfunctions')
const folders = readdirSync(FUNCTIONS_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-functions.mjs'], { cwd: ROOT, stdio: 'pipe' })
}, 60_000)

describe('cloud function folders', () => {
  it('every folder is a registered function and every function has a folder', () => {
    expect(folders.sort()).toEqual(Object.keys(FUNCTIONS).sort())
  })

  it.each(folders)('%s loads on its own, with only its package.json dependencies', (name) => {
    // Copy the bundle where nothing but its declared dependencies can be resolved.
    const sandbox = mkdtempSync(join(tmpdir(), `linli-fn-${name}-`))
    try {
      cpSync(join(FUNCTIONS_ROOT, name, 'index.js'), join(sandbox, 'index.js'))
      const pkg = JSON.parse(readFileSync(join(FUNCTIONS_ROOT, name, 'package.json'), 'utf8'))
      for (const dependency of Object.keys(pkg.dependencies ?? {})) {
        const link = join(sandbox, 'node_modules', dependency)
        mkdirSync(dirname(link), { recursive: true })
        symlinkSync(join(ROOT, 'node_modules', dependency), link)
      }
      // A call without platform identity must be refused by the bundle itself, without any network.
      const script = `require('./index.js').main({action: 'get', id: 'x'}, {}).then(r => console.log(JSON.stringify(r)))`
      const output = execFileSync(process.execPath, ['-e', script], { cwd: sandbox, encoding: 'utf8', env: { PATH: process.env.PATH } as NodeJS.ProcessEnv })
      expect(JSON.parse(output.trim().split('\n').pop()!)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    } finally {
      rmSync(sandbox, { recursive: true, force: true })
    }
  })

  it('slaSweep runs every minute on a 7-field cron', () => {
    const config = JSON.parse(readFileSync(join(FUNCTIONS_ROOT, 'slaSweep', 'config.json'), 'utf8'))
    expect(config.triggers).toEqual([{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }])
    expect(FUNCTIONS.slaSweep!.timer).toBeDefined()
  })
})
