import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCron } from '@core/shared/cron'
import { artefacts, serialize } from '../../../scripts/deploy/artefacts'
import {
  generateCloudbaserc,
  renderCloudbaserc,
  type Cloudbaserc,
  type DeploySettings,
} from '../../../scripts/deploy/cloudbaserc'
import { readFunctionFolders, type FunctionFolder } from '../../../scripts/deploy/function-folders'

const ROOT = join(__dirname, '../../..')
const FUNCTIONS_ROOT = join(ROOT, 'cloudfunctions')
const checkedIn = JSON.parse(readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8')) as Cloudbaserc

/** Read here straight from disk, not through the generator under test. */
const folders = readdirSync(FUNCTIONS_ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const configJson = (name: string) =>
  JSON.parse(readFileSync(join(FUNCTIONS_ROOT, name, 'config.json'), 'utf8')) as { triggers?: unknown[] }

describe('the checked-in cloudbaserc.json', () => {
  it('is what the generator makes of the folders now (else: npm run deploy -- --dry-run, and commit it)', () => {
    for (const [path, value] of Object.entries(artefacts(ROOT))) {
      expect({ path, text: readFileSync(join(ROOT, path), 'utf8') }).toEqual({ path, text: serialize(value) })
    }
  })

  it('deploys every function folder, and nothing else', () => {
    expect(checkedIn.functions.map((fn) => fn.name)).toEqual(folders)
  })

  it.each(folders)('%s has the timer trigger its config.json declares', (name) => {
    const fn = checkedIn.functions.find((candidate) => candidate.name === name)!
    expect(fn.triggers ?? []).toEqual(configJson(name).triggers ?? [])
  })

  it('every trigger is a timer with a valid 7-field CloudBase cron', () => {
    for (const trigger of checkedIn.functions.flatMap((fn) => fn.triggers ?? [])) {
      expect(trigger.type).toBe('timer')
      expect(trigger.config.trim().split(/\s+/)).toHaveLength(7)
      expect(() => parseCron(trigger.config)).not.toThrow()
    }
  })

  it('gives the custom-login private key to consoleSignIn and to no other function', () => {
    const holders = checkedIn.functions
      .filter((fn) => Object.keys(fn.envVariables).some((name) => name.startsWith('LINLI_CUSTOM_LOGIN_')))
      .map((fn) => fn.name)
    expect(holders).toEqual(['consoleSignIn'])
    expect(checkedIn.functions.find((fn) => fn.name === 'consoleSignIn')!.envVariables).toMatchObject({
      LINLI_ESTATE_ID: '{{env.LINLI_ESTATE_ID}}',
      LINLI_CUSTOM_LOGIN_KEY_ID: '{{env.LINLI_CUSTOM_LOGIN_KEY_ID}}',
      LINLI_CUSTOM_LOGIN_PRIVATE_KEY: '{{env.LINLI_CUSTOM_LOGIN_PRIVATE_KEY}}',
    })
  })

  it('sets runtime, timeout and memory explicitly on every function: CloudBase defaults differ by tool', () => {
    for (const fn of checkedIn.functions) {
      expect(['Nodejs18.15', 'Nodejs20.19']).toContain(fn.runtime)
      expect(fn.timeout).toBeGreaterThanOrEqual(1)
      expect(fn.timeout).toBeLessThanOrEqual(60)
      expect([128, 256, 512, 1024, 2048]).toContain(fn.memorySize)
      expect(fn).toMatchObject({ handler: 'index.main', installDependency: true })
    }
  })

  it.each(readFunctionFolders(ROOT).filter((fn) => fn.sendsMessagesVia))(
    '$name sends subscribe messages, so it has the cloud-call permission and wx-server-sdk',
    ({ openapi, dependencies }) => {
      expect(openapi).toContain('subscribeMessage.send')
      expect(dependencies).toHaveProperty('wx-server-sdk')
    },
  )

  it('holds placeholders, never one environment’s values', () => {
    expect(checkedIn.envId).toBe('{{env.TARO_APP_CLOUD_ENV}}')
    for (const fn of checkedIn.functions) {
      for (const [name, value] of Object.entries(fn.envVariables)) expect(value).toBe(`{{env.${name}}}`)
    }
  })
})

const settings: DeploySettings = {
  runtime: 'Nodejs18.15',
  callable: { timeout: 10, memorySize: 256 },
  timer: { timeout: 60, memorySize: 256 },
  overrides: {},
}
const folder = (name: string, trigger: FunctionFolder['trigger'] = null): FunctionFolder => ({
  name,
  trigger,
  openapi: [],
  sendsMessagesVia: null,
  dependencies: {},
  bundleBytes: 1,
})
const sweep = folder('sweep', { name: 'everyMinute', type: 'timer', config: '0 * * * * * *' })

describe('generating cloudbaserc.json', () => {
  it('gives timer functions a minute and the functions the app calls ten seconds, unless overridden', () => {
    const rc = generateCloudbaserc([folder('app'), sweep], { ...settings, overrides: { app: { memorySize: 512 } } }, [
      'LINLI_ESTATE_ID',
    ])
    expect(rc.functions.map(({ name, timeout, memorySize }) => ({ name, timeout, memorySize }))).toEqual([
      { name: 'app', timeout: 10, memorySize: 512 },
      { name: 'sweep', timeout: 60, memorySize: 256 },
    ])
    expect(rc.functions[1]!.triggers).toEqual([sweep.trigger])
  })

  it('refuses an override for a function that does not exist', () => {
    expect(() =>
      generateCloudbaserc([folder('app')], { ...settings, overrides: { gone: { timeout: 5 } } }, []),
    ).toThrow(/gone/)
  })

  it('renders one environment: values in, unset variables left off, no env id no deploy', () => {
    const rc = generateCloudbaserc([folder('app')], settings, ['LINLI_ESTATE_ID', 'WXPAY_SUB_MCH_ID'])
    const rendered = renderCloudbaserc(rc, {
      TARO_APP_CLOUD_ENV: 'linli-prod-8g3h2k1a',
      LINLI_ESTATE_ID: 'sunny-garden',
      WXPAY_SUB_MCH_ID: '',
    })
    expect(rendered.envId).toBe('linli-prod-8g3h2k1a')
    expect(rendered.functions[0]!.envVariables).toEqual({ LINLI_ESTATE_ID: 'sunny-garden' })
    expect(() => renderCloudbaserc(rc, {})).toThrow(/TARO_APP_CLOUD_ENV/)
  })
})

describe('reading function folders', () => {
  let root: string
  const write = (name: string, config: unknown) => {
    mkdirSync(join(root, 'cloudfunctions', name), { recursive: true })
    writeFileSync(join(root, 'cloudfunctions', name, 'index.ts'), '')
    writeFileSync(
      join(root, 'cloudfunctions', name, 'package.json'),
      JSON.stringify({ main: 'index.js', dependencies: { 'wx-server-sdk': '4.0.2' } }),
    )
    writeFileSync(join(root, 'cloudfunctions', name, 'config.json'), JSON.stringify(config))
  }
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'linli-folders-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('takes the trigger, permissions and dependencies from the folder; an unbuilt bundle shows as null', () => {
    write('notify', {
      triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }],
      permissions: { openapi: ['subscribeMessage.send'] },
    })
    expect(readFunctionFolders(root)).toEqual([
      {
        name: 'notify',
        trigger: { name: 'nightly', type: 'timer', config: '0 0 2 * * * *' },
        openapi: ['subscribeMessage.send'],
        sendsMessagesVia: null,
        dependencies: { 'wx-server-sdk': '4.0.2' },
        bundleBytes: null,
      },
    ])
  })

  it('finds the module through which a function sends subscribe messages, across aliases', () => {
    write('notify', {})
    const file = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    file('cloudfunctions/notify/index.ts', "import { run } from '../../src/server/jobs/job.function'\n")
    file('src/server/jobs/job.function.ts', "import { tell } from '@server/jobs/tell'\nexport const run = tell\n")
    file(
      'src/server/jobs/tell.ts',
      "import { notify, type Notice } from '../notify/notifier'\nexport const tell = notify\n",
    )
    expect(readFunctionFolders(root)[0]!.sendsMessagesVia).toBe(join('src', 'server', 'jobs', 'tell.ts'))
  })

  it.each([
    ['a 6-field cron', { triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * *' }] }, /7 fields/],
    ['a reversed range', { triggers: [{ name: 'nightly', type: 'timer', config: '0 0 20-8 * * * *' }] }, /empty range/],
    [
      'two triggers',
      { triggers: [1, 2].map((n) => ({ name: `t${n}`, type: 'timer', config: '0 0 2 * * * *' })) },
      /one trigger/,
    ],
    ['a misspelt key', { trigger: [] }, /trigger/],
    [
      'a trigger name starting with a digit',
      { triggers: [{ name: '1am', type: 'timer', config: '0 0 1 * * * *' }] },
      /trigger name/,
    ],
  ])('refuses %s, naming the file', (_, config, message) => {
    write('broken', config)
    expect(() => readFunctionFolders(root)).toThrow(message)
    expect(() => readFunctionFolders(root)).toThrow(/broken[\\/]config\.json/)
  })
})
