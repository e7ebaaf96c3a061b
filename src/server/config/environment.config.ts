import { TEMPLATE_KEYS, type TemplateKey, type TemplatesConfig } from '@core/notify/templates'
import { z } from '@core/shared/zod'

/**
 * Everything that differs between one deployment and the next, read from environment variables and
 * checked here, so a missing or malformed value stops the build, the deploy or the function at
 * start with a message naming the variable. Five groups, by who needs the values:
 * - the mini-program build (`TARO_APP_*` from `.env` files: Taro embeds them in the app),
 * - every cloud function (set on each function by `npm run deploy`, read at cold start),
 * - the console's sign-in function alone (the custom-login private key),
 * - the one-off database setup,
 * - the deploy tooling's own API key.
 * `.env.example` documents each variable; a test keeps it and this file in step.
 */

export type Env = Readonly<Record<string, string | undefined>>

/** One environment variable: its format, and what it is (quoted when it is missing). */
export interface Variable<S extends z.ZodType = z.ZodType> {
  schema: S
  about: string
}

type Variables = Record<string, Variable>

const variable = <S extends z.ZodType>(schema: S, about: string): Variable<S> => ({ schema, about })

const pattern = (regex: RegExp, expected: string) => z.string().regex(regex, `expected ${expected}`)

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/

/** `08:00-20:00`: the estate's opening hours for normal-priority repairs, in China time. */
const serviceHoursSchema = pattern(/^\d\d:\d\d-\d\d:\d\d$/, 'HH:mm-HH:mm, e.g. 08:00-20:00')
  .transform((text) => {
    const [opensAt, closesAt] = text.split('-') as [string, string]
    return { opensAt, closesAt }
  })
  .refine(
    ({ opensAt, closesAt }) =>
      HHMM.test(opensAt) && (HHMM.test(closesAt) || closesAt === '24:00') && opensAt < closesAt,
    {
      message: 'expected an opening time before the closing time (24:00 for midnight)',
    },
  )

/** `repairAccepted` -> `LINLI_TPL_REPAIR_ACCEPTED`. */
export const templateVariable = (key: TemplateKey): string =>
  `LINLI_TPL_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`

const templateIdSchema = pattern(
  /^[A-Za-z0-9_-]{20,64}$/,
  'a template id from 订阅消息 → 我的模板 (about 43 letters, digits, - and _)',
)

/** Read when building the mini-program; Taro embeds them in the app, so they must never be secrets. */
export const CLIENT_VARIABLES = {
  TARO_APP_ID: variable(
    pattern(/^wx[0-9a-f]{16}$/, 'wx followed by 16 hex characters'),
    "the mini-program's AppID (mp.weixin.qq.com → 开发管理 → 开发设置)",
  ),
  TARO_APP_CLOUD_ENV: variable(
    pattern(/^[a-z][a-z0-9-]{3,63}$/, 'lowercase letters, digits and hyphens, e.g. linli-prod-8g3h2k1a'),
    'the CloudBase environment id (云开发控制台 → 设置 → 环境 ID)',
  ),
} satisfies Variables

const BASE_FUNCTION_VARIABLES = {
  LINLI_ESTATE_ID: variable(
    pattern(/^[a-z0-9][a-z0-9-]{1,31}$/, 'lowercase letters, digits and hyphens, e.g. sunny-garden'),
    'a short id for the estate this environment serves; it tags every log line',
  ),
  WXPAY_SUB_MCH_ID: variable(
    pattern(/^\d{8,12}$/, 'the digits of a WeChat Pay merchant id (商户号)').optional(),
    'the WeChat Pay merchant bound to the cloud environment; unset: fee payment is refused',
  ),
} satisfies Variables

const TEMPLATE_VARIABLES: Record<string, Variable<z.ZodOptional<typeof templateIdSchema>>> = Object.fromEntries(
  TEMPLATE_KEYS.map((key) => [
    templateVariable(key),
    variable(templateIdSchema.optional(), `subscribe-message template for ${key}; unset: inbox only`),
  ]),
)

/** Set on every cloud function by `npm run deploy` and read when a function instance starts. */
export const FUNCTION_VARIABLES: Variables = { ...BASE_FUNCTION_VARIABLES, ...TEMPLATE_VARIABLES }

/**
 * Set by `npm run deploy` on the `consoleSignIn` function only: the environment's custom-login
 * private key (云开发控制台 → 身份认证 → 登录方式 → 自定义登录 → 私钥), which signs a ticket for any
 * user, so no other function holds it. Read when an approved console sign-in needs its ticket.
 */
export const CONSOLE_SIGN_IN_VARIABLES = {
  LINLI_CUSTOM_LOGIN_KEY_ID: variable(
    pattern(/^[A-Za-z0-9_-]{8,128}$/, 'the private_key_id of the downloaded key file'),
    "the custom-login key's id (`private_key_id` in the downloaded tcb_custom_login.json)",
  ),
  LINLI_CUSTOM_LOGIN_PRIVATE_KEY: variable(
    pattern(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a PEM private key (-----BEGIN ... PRIVATE KEY-----)')
      // A one-line variable carries the PEM's line breaks as `\n`, as the key file itself writes them.
      .transform((pem) => pem.replace(/\\n/g, '\n')),
    'the custom-login key (`private_key` in the downloaded tcb_custom_login.json)',
  ),
} satisfies Variables

/** Read by `npm run db:setup` only. */
export const SETUP_VARIABLES = {
  LINLI_SERVICE_HOURS: variable(
    serviceHoursSchema.optional(),
    "the estate's first service hours, written once to its settings (managers edit them later)",
  ),
} satisfies Variables

/** The API key `npm run deploy` needs and `npm run db:setup` uses when it is there. */
export const CREDENTIAL_VARIABLES = {
  TCB_SECRET_ID: variable(
    z.string().min(1),
    'a Tencent Cloud API key id (cloud.tencent.com → 访问管理 → API 密钥) that may manage the environment',
  ),
  TCB_SECRET_KEY: variable(z.string().min(1), 'the secret of that API key'),
} satisfies Variables

export interface ConfigProblem {
  variable: string
  /** `missing`, or what a malformed value should have looked like. */
  problem: string
  about: string
}

/** Thrown when a function starts without its variables; the message names each one at fault (never its value). */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    const hint = "the function's environment variables; npm run deploy sets them from .env.production.local"
    super([`configuration incomplete (${hint}):`, ...problems.map((p) => `  - ${describeProblem(p)}`)].join('\n'))
    this.name = 'ConfigError'
  }
}

export const describeProblem = ({ variable, problem, about }: ConfigProblem): string =>
  problem === 'missing' ? `${variable} is missing: ${about}` : `${variable} is malformed: ${problem} (${about})`

type Values<V extends Variables> = { [K in keyof V]: z.output<V[K]['schema']> }

/** Every value when all are valid; otherwise the problems, and the values that were valid (a dry run still shows them). */
export type ReadResult<V extends Variables> =
  { ok: true; values: Values<V>; problems: [] } | { ok: false; values: Partial<Values<V>>; problems: ConfigProblem[] }

/** Parses each variable; an empty value counts as unset (`KEY=` in a .env file, or an unset placeholder). */
export function readVariables<V extends Variables>(variables: V, env: Env): ReadResult<V> {
  const values: Record<string, unknown> = {}
  const problems: ConfigProblem[] = []
  for (const [name, { schema, about }] of Object.entries(variables)) {
    const raw = env[name] === '' ? undefined : env[name]
    const parsed = schema.safeParse(raw)
    if (parsed.success) values[name] = parsed.data
    else
      problems.push({ variable: name, problem: raw === undefined ? 'missing' : parsed.error.issues[0]!.message, about })
  }
  return problems.length === 0
    ? { ok: true, values: values as Values<V>, problems: [] }
    : { ok: false, values: values as Partial<Values<V>>, problems }
}

export interface FunctionConfig {
  estateId: string
  /** Template ids by purpose; a purpose without one is delivered to the inbox only. */
  templateIds: Partial<Record<TemplateKey, string>>
}

/** Checks every function variable (WXPAY_SUB_MCH_ID too, which pay/wx-pay.ts reads when it pays). */
export function readFunctionConfig(env: Env): FunctionConfig {
  const base = readVariables(BASE_FUNCTION_VARIABLES, env)
  const templates = readVariables(TEMPLATE_VARIABLES, env)
  if (!base.ok || !templates.ok) throw new ConfigError([...base.problems, ...templates.problems])
  const templateIds: Partial<Record<TemplateKey, string>> = {}
  for (const key of TEMPLATE_KEYS) {
    const id = templates.values[templateVariable(key)]
    if (id) templateIds[key] = id
  }
  return { estateId: base.values.LINLI_ESTATE_ID, templateIds }
}

export interface CustomLoginKey {
  keyId: string
  privateKey: string
}

/** The console sign-in function's private key; throws a ConfigError naming what is missing. */
export function readCustomLoginKey(env: Env): CustomLoginKey {
  const read = readVariables(CONSOLE_SIGN_IN_VARIABLES, env)
  if (!read.ok) throw new ConfigError(read.problems)
  return { keyId: read.values.LINLI_CUSTOM_LOGIN_KEY_ID, privateKey: read.values.LINLI_CUSTOM_LOGIN_PRIVATE_KEY }
}

/** The checked-in template specs (page, field mapping) with this environment's template ids. */
export function withTemplateIds(templates: TemplatesConfig, ids: FunctionConfig['templateIds']): TemplatesConfig {
  const configured: TemplatesConfig = { ...templates }
  for (const [key, spec] of Object.entries(templates) as [TemplateKey, NonNullable<TemplatesConfig[TemplateKey]>][]) {
    const templateId = ids[key]
    if (templateId) configured[key] = { ...spec, templateId }
  }
  return configured
}
