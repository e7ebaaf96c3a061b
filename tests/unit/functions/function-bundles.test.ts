import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { FUNCTIONS } from '@server/functions'
import { SDK_FILE } from '../../../scripts/deploy/function-folders'
import { SIGN_IN_FUNCTION } from '../../../console/transport/cloudbase-transport'

const ROOT = resolve(__dirname, '../../..')
const FUNCTIONS_ROOT = join(ROOT, 'cloudfunctions')
const folders = readdirSync(FUNCTIONS_ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-functions.mjs'], { cwd: ROOT, stdio: 'pipe' })
}, 60_000)

describe('cloud function folders', () => {
  it('every folder is a registered function or the console sign-in, and every function has a folder', () => {
    // The console's sign-in is served by the local host's routes, not as a registered function.
    expect(folders.sort()).toEqual([...Object.keys(FUNCTIONS), SIGN_IN_FUNCTION].sort())
  })

  it.each(folders)(
    '%s loads on its own with only its package.json dependencies, and checks its environment at start',
    (name) => {
      // Copy the built files (index.js and the SDK modules it requires on first use) where nothing
      // but the folder's declared dependencies can be resolved.
      const sandbox = mkdtempSync(join(tmpdir(), `linli-fn-${name}-`))
      try {
        for (const file of ['index.js', SDK_FILE]) cpSync(join(FUNCTIONS_ROOT, name, file), join(sandbox, file))
        const pkg = JSON.parse(readFileSync(join(FUNCTIONS_ROOT, name, 'package.json'), 'utf8'))
        for (const dependency of Object.keys(pkg.dependencies ?? {})) {
          const link = join(sandbox, 'node_modules', dependency)
          mkdirSync(dirname(link), { recursive: true })
          symlinkSync(join(ROOT, 'node_modules', dependency), link)
        }
        const script = `require('./index.js').main({action: 'get', id: 'x'}, {}).then(r => console.log(JSON.stringify(r)), e => console.log(JSON.stringify({ thrown: e.message })))`
        const call = (env: Record<string, string>) => {
          const output = execFileSync(process.execPath, ['-e', script], {
            cwd: sandbox,
            encoding: 'utf8',
            env: { PATH: process.env.PATH, ...env } as NodeJS.ProcessEnv,
          })
          return JSON.parse(output.trim().split('\n').pop()!)
        }
        // A call without platform identity must be refused by the bundle itself, without any network.
        expect(call({})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
        // A caller's first call starts the runtime, which refuses to run without the function's variables.
        // (The platform lists the context variables it injects in WX_CONTEXT_KEYS.)
        // The console's sign-in is called by a web SDK's anonymous user: a CloudBase uid, no openid.
        const caller: Record<string, string> =
          name === SIGN_IN_FUNCTION
            ? { TCB_CONTEXT_KEYS: 'TCB_UUID', TCB_UUID: 'anonymous-first-caller' }
            : { WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: 'o-first-caller' }
        expect(call(caller).thrown).toContain('LINLI_ESTATE_ID is missing')
        if (name === SIGN_IN_FUNCTION) {
          // Only this function holds the custom-login key, and it will not start without it.
          expect(call({ ...caller, LINLI_ESTATE_ID: 'sunny-garden', TENCENTCLOUD_RUNENV: 'SCF' }).thrown).toContain(
            'LINLI_CUSTOM_LOGIN_KEY_ID is missing',
          )
        }
      } finally {
        rmSync(sandbox, { recursive: true, force: true })
      }
    },
  )

  it('slaSweep runs every minute on a 7-field cron', () => {
    const config = JSON.parse(readFileSync(join(FUNCTIONS_ROOT, 'slaSweep', 'config.json'), 'utf8'))
    expect(config.triggers).toEqual([{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }])
    expect(FUNCTIONS.slaSweep!.timer).toBeDefined()
  })
})
