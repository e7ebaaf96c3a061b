import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { templatesConfigSchema } from '@core/notify/templates'
import {
  CLIENT_VARIABLES,
  ConfigError,
  CONSOLE_SIGN_IN_VARIABLES,
  CREDENTIAL_VARIABLES,
  FUNCTION_VARIABLES,
  readCustomLoginKey,
  readFunctionConfig,
  readVariables,
  SETUP_VARIABLES,
  templateVariable,
  withTemplateIds,
} from '@server/config/environment.config'
import productionTemplates from '@server/notify/templates/production.json'

const ROOT = join(__dirname, '../../..')
const TEMPLATE_ID = '9Ln4RjZYcOaRMuX6HqTTJR8mX7wJPgtvlR3W4A-XpSI'

function configError(run: () => unknown): ConfigError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('function configuration, read when a function instance starts', () => {
  it('a function deployed without its estate id refuses to start and names the variable', () => {
    const error = configError(() => readFunctionConfig({}))
    expect(error.problems.map((p) => p.variable)).toEqual(['LINLI_ESTATE_ID'])
    expect(error.message).toContain('LINLI_ESTATE_ID is missing')
    expect(error.message).toContain('npm run deploy sets them')
  })

  it('names every malformed value without echoing it', () => {
    const error = configError(() =>
      readFunctionConfig({
        LINLI_ESTATE_ID: 'Sunny Garden',
        WXPAY_SUB_MCH_ID: 'wx0123456789abcdef',
        LINLI_TPL_JOB_WARNING: 'short',
      }),
    )
    expect(error.problems.map((p) => p.variable)).toEqual([
      'LINLI_ESTATE_ID',
      'WXPAY_SUB_MCH_ID',
      'LINLI_TPL_JOB_WARNING',
    ])
    expect(error.message).toContain('WXPAY_SUB_MCH_ID is malformed: expected the digits of a WeChat Pay merchant id')
    expect(error.message).not.toContain('wx0123456789abcdef')
  })

  it('treats an empty value as unset: optional ones are simply off', () => {
    expect(
      readFunctionConfig({ LINLI_ESTATE_ID: 'sunny-garden', WXPAY_SUB_MCH_ID: '', LINLI_TPL_JOB_WARNING: '' }),
    ).toEqual({
      estateId: 'sunny-garden',
      templateIds: {},
    })
  })

  it('names template variables after their purpose', () => {
    expect(templateVariable('repairAccepted')).toBe('LINLI_TPL_REPAIR_ACCEPTED')
    expect(templateVariable('emergencyNotice')).toBe('LINLI_TPL_EMERGENCY_NOTICE')
  })

  it('puts the configured template ids into the checked-in specs and leaves the rest as placeholders', () => {
    const config = readFunctionConfig({ LINLI_ESTATE_ID: 'sunny-garden', LINLI_TPL_REPAIR_ACCEPTED: TEMPLATE_ID })
    const specs = templatesConfigSchema.parse(productionTemplates)
    const templates = withTemplateIds(specs, config.templateIds)
    expect(templates.repairAccepted).toEqual({ ...specs.repairAccepted, templateId: TEMPLATE_ID })
    expect(templates.repairStarted?.templateId).toMatch(/^SET-IN-DEPLOY/)
  })
})

describe("the console sign-in function's custom-login key", () => {
  it('reads the key with the line breaks a one-line variable carries as \\n', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\n-----END RSA PRIVATE KEY-----\\n'
    expect(readCustomLoginKey({ LINLI_CUSTOM_LOGIN_KEY_ID: 'a1b2c3d4-e5f6', LINLI_CUSTOM_LOGIN_PRIVATE_KEY: pem })).toEqual(
      { keyId: 'a1b2c3d4-e5f6', privateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n' },
    )
  })

  it('refuses to start without it, naming the variables and never echoing a value', () => {
    const error = configError(() =>
      readCustomLoginKey({ LINLI_CUSTOM_LOGIN_KEY_ID: '', LINLI_CUSTOM_LOGIN_PRIVATE_KEY: 'not-a-key-secret' }),
    )
    expect(error.problems.map((p) => p.variable)).toEqual(Object.keys(CONSOLE_SIGN_IN_VARIABLES))
    expect(error.message).toContain('LINLI_CUSTOM_LOGIN_KEY_ID is missing')
    expect(error.message).not.toContain('not-a-key-secret')
  })
})

describe('client and setup variables', () => {
  it('an AppID is wx and 16 hex characters; an env id is a lowercase slug', () => {
    expect(
      readVariables(CLIENT_VARIABLES, { TARO_APP_ID: 'wx0123456789abcdef', TARO_APP_CLOUD_ENV: 'linli-prod-8g3h2k1a' })
        .problems,
    ).toEqual([])
    expect(
      readVariables(CLIENT_VARIABLES, { TARO_APP_ID: 'touristappid', TARO_APP_CLOUD_ENV: 'Linli_Prod' }).problems.map(
        (p) => p.variable,
      ),
    ).toEqual(['TARO_APP_ID', 'TARO_APP_CLOUD_ENV'])
  })

  it('service hours read as opening and closing times in China time', () => {
    const hours = (text: string) => readVariables(SETUP_VARIABLES, { LINLI_SERVICE_HOURS: text })
    expect(hours('08:30-18:00').values.LINLI_SERVICE_HOURS).toEqual({ opensAt: '08:30', closesAt: '18:00' })
    expect(hours('07:00-24:00').values.LINLI_SERVICE_HOURS).toEqual({ opensAt: '07:00', closesAt: '24:00' })
    for (const bad of ['18:00-08:00', '8:00-20:00', '08:00-25:00', '08:00']) {
      expect(hours(bad).problems.map((p) => p.variable)).toEqual(['LINLI_SERVICE_HOURS'])
    }
  })
})

it('.env.example documents exactly the variables the configuration reads', () => {
  const documented = readFileSync(join(ROOT, '.env.example'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => line.slice(0, line.indexOf('=')))
  const read = [
    CLIENT_VARIABLES,
    FUNCTION_VARIABLES,
    CONSOLE_SIGN_IN_VARIABLES,
    SETUP_VARIABLES,
    CREDENTIAL_VARIABLES,
  ].flatMap((group) =>
    Object.keys(group),
  )
  expect(documented.sort()).toEqual(read.sort())
})
