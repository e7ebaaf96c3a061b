import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COLLECTIONS } from '@server/store/collections'
import { SDK_FILE } from '../../../scripts/deploy/function-folders'

/**
 * The npm scripts as an operator runs them, each in a scratch copy of what a clean clone has (the
 * function folders, deploy/), so nothing here touches the repository, the network or Taro.
 */
const ROOT = join(__dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

function run(script: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(TSX, ['--tsconfig', join(ROOT, 'tsconfig.json'), join(ROOT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    // No inherited TARO_APP_* or TCB_* values: the scratch folder's files are all the scripts see.
    env: { PATH: process.env.PATH ?? '', ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

let clone: string
const functionNames = readdirSync(join(ROOT, 'cloudfunctions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

beforeEach(() => {
  clone = mkdtempSync(join(tmpdir(), 'linli-clone-'))
  for (const name of functionNames) {
    mkdirSync(join(clone, 'cloudfunctions', name), { recursive: true })
    for (const file of ['index.ts', 'config.json', 'package.json']) {
      copyFileSync(join(ROOT, 'cloudfunctions', name, file), join(clone, 'cloudfunctions', name, file))
    }
    // What npm run build:functions leaves behind.
    writeFileSync(join(clone, 'cloudfunctions', name, 'index.js'), 'exports.main = async () => ({})\n')
    writeFileSync(join(clone, 'cloudfunctions', name, SDK_FILE), 'exports.newDb = () => ({})\n')
  }
  mkdirSync(join(clone, 'deploy'))
  for (const file of ['functions.json', 'storage-rules.json', 'security-rules.json'])
    copyFileSync(join(ROOT, 'deploy', file), join(clone, 'deploy', file))
})
afterEach(() => rmSync(clone, { recursive: true, force: true }))

describe('npm run deploy', () => {
  it('--dry-run from a clean clone writes the artefacts and prints the plan, offline and without any .env', () => {
    const { status, stdout } = run('deploy.ts', ['--dry-run'], clone)
    expect(status).toBe(0)
    expect(readFileSync(join(clone, 'cloudbaserc.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8'),
    )
    expect(existsSync(join(clone, 'deploy', 'collections.json'))).toBe(true)
    const plan = stdout.split('\n').find((line) => line.startsWith('would deploy to <TARO_APP_CLOUD_ENV>: '))!
    expect(plan.slice(plan.indexOf(': ') + 2, plan.indexOf(' (')).split(', ')).toEqual([...functionNames].sort())
    expect(stdout).toContain('a real deploy would refuse to start')
    expect(stdout).toContain('TARO_APP_CLOUD_ENV is missing')
  })

  it('a real deploy without its configuration stops before building or uploading anything', () => {
    const { status, stderr, stdout } = run('deploy.ts', [], clone, {
      TARO_APP_CLOUD_ENV: 'linli-prod-8g3h2k1a',
      LINLI_ESTATE_ID: 'Sunny Garden',
    })
    expect(status).toBe(1)
    expect(stderr).toContain('LINLI_ESTATE_ID is malformed')
    expect(stderr).toContain('TCB_SECRET_ID is missing')
    expect(stdout).toBe('')
  })

  it.each(['index.js', SDK_FILE])('refuses a function built without its %s, even in a dry run', (file) => {
    rmSync(join(clone, 'cloudfunctions', functionNames[0]!, file))
    const { status, stderr } = run('deploy.ts', ['--dry-run'], clone)
    expect(status).toBe(1)
    expect(stderr).toContain(`not built (run npm run build:functions): ${functionNames[0]}`)
  })
})

describe('npm run db:setup', () => {
  it('--dry-run prints every collection as console steps and the seeds it would add', () => {
    const { status, stdout } = run('db-setup.ts', ['--dry-run', '--first-manager', 'oAbC', '--name', '张经理'], clone, {
      LINLI_SERVICE_HOURS: '08:30-18:00',
    })
    expect(status).toBe(0)
    for (const name of Object.keys(COLLECTIONS)) expect(stdout).toContain(`新建集合 "${name}"`)
    expect(stdout).toContain('"opensAt":"08:30","closesAt":"18:00"')
    expect(stdout).toContain('{"_id":"oAbC","version":1,"role":"manager","name":"张经理"')
  })
})

describe('npm run build:weapp:prod', () => {
  it('stops with a message naming the AppID and the environment id when they are missing', () => {
    const { status, stderr } = run('build-weapp-prod.ts', [], clone)
    expect(status).toBe(1)
    expect(stderr).toContain('TARO_APP_ID is missing')
    expect(stderr).toContain('TARO_APP_CLOUD_ENV is missing')
    expect(stderr).toContain('.env.production.local')
  })

  it('without a .env declaring it, refuses an environment id exported in the shell: Taro would not hand it to the app', () => {
    writeFileSync(join(clone, '.env.production.local'), 'TARO_APP_ID=wx0123456789abcdef\n')
    const { status, stderr } = run('build-weapp-prod.ts', [], clone, { TARO_APP_CLOUD_ENV: 'linli-prod-8g3h2k1a' })
    expect(status).toBe(1)
    expect(stderr).toContain('set in the shell only')
    expect(stderr).not.toContain('TARO_APP_ID')
  })
})
