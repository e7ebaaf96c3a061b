import { join } from 'node:path'
import { z } from '../../src/core/shared/zod'
import type { Env } from '../../src/server/config/environment.config'
import { FUNCTIONS_ROOT, SDK_FILE, type FunctionFolder, type TimerTrigger } from './function-folders'
import { readJsonFile } from './json-file'

/**
 * `cloudbaserc.json`, the @cloudbase/cli configuration, derived from the function folders and
 * `deploy/functions.json`. The checked-in file holds `{{env.NAME}}` placeholders instead of values,
 * so it is the same for every environment; `renderCloudbaserc` fills them for one deploy.
 */

/** Sizes the CLI accepts; the console offers more, but these are valid everywhere (REFERENCE §2). */
const MEMORY_SIZES = [128, 256, 512, 1024, 2048] as const

const limits = z.strictObject({
  /** Seconds. 60 is the lowest ceiling any source reports for WeChat-created environments (REFERENCE open item 3). */
  timeout: z.number().int().min(1).max(60),
  /** MB. */
  memorySize: z.literal(MEMORY_SIZES),
})

const settingsSchema = z.strictObject({
  /** Must match build-functions' esbuild target (node18) or be newer. */
  runtime: z.enum(['Nodejs18.15', 'Nodejs20.19']),
  /** Functions the mini-program calls: short, so a stuck call ends as an error the page can show. */
  callable: limits,
  /** Functions with a timer trigger: within one minute, so an every-minute sweep never overlaps itself. */
  timer: limits,
  /** By function name, for the exceptions. */
  overrides: z.record(z.string(), limits.partial()),
})

export type DeploySettings = z.infer<typeof settingsSchema>

export const SETTINGS_FILE = join('deploy', 'functions.json')

export function readDeploySettings(root = '.'): DeploySettings {
  return readJsonFile(join(root, SETTINGS_FILE), settingsSchema)
}

export interface CloudbaseFunction {
  name: string
  handler: 'index.main'
  runtime: DeploySettings['runtime']
  timeout: number
  memorySize: number
  /** CloudBase runs `npm install` for the folder's package.json (the SDKs left out of the bundle). */
  installDependency: true
  ignore: string[]
  envVariables: Record<string, string>
  triggers?: TimerTrigger[]
}

export interface Cloudbaserc {
  version: '2.0'
  envId: string
  functionRoot: string
  functions: CloudbaseFunction[]
}

/** The variable that names the CloudBase environment (also the app's `Taro.cloud.init` env). */
export const ENV_ID_VARIABLE = 'TARO_APP_CLOUD_ENV'

const placeholder = (variable: string) => `{{env.${variable}}}`

/** Uploaded folders hold only the bundle (index.js and its SDK file) and its manifests: the TypeScript entry and the maps stay home. */
const UPLOAD_IGNORE = ['index.ts', 'index.js.map', `${SDK_FILE}.map`, 'node_modules', 'node_modules/**/*']

/**
 * `variables` go on every function; `onlyOn` adds variables to the one function named (a secret
 * such as the custom-login key stays where it is used).
 */
export function generateCloudbaserc(
  folders: readonly FunctionFolder[],
  settings: DeploySettings,
  variables: readonly string[],
  onlyOn: Readonly<Record<string, readonly string[]>> = {},
): Cloudbaserc {
  const unknown = Object.keys(settings.overrides).filter((name) => !folders.some((folder) => folder.name === name))
  if (unknown.length > 0) throw new Error(`${SETTINGS_FILE}: overrides name no function folder: ${unknown.join(', ')}`)
  const missing = Object.keys(onlyOn).filter((name) => !folders.some((folder) => folder.name === name))
  if (missing.length > 0) throw new Error(`variables are declared for no function folder: ${missing.join(', ')}`)
  const placeholders = (names: readonly string[]) => names.map((variable) => [variable, placeholder(variable)])
  return {
    version: '2.0',
    envId: placeholder(ENV_ID_VARIABLE),
    functionRoot: `./${FUNCTIONS_ROOT}`,
    functions: folders.map((folder) => ({
      name: folder.name,
      handler: 'index.main',
      runtime: settings.runtime,
      ...(folder.trigger ? settings.timer : settings.callable),
      ...settings.overrides[folder.name],
      installDependency: true,
      ignore: UPLOAD_IGNORE,
      envVariables: Object.fromEntries([...placeholders(variables), ...placeholders(onlyOn[folder.name] ?? [])]),
      ...(folder.trigger ? { triggers: [folder.trigger] } : {}),
    })),
  }
}

const PLACEHOLDER = /^\{\{env\.(\w+)\}\}$/

/**
 * The configuration for one environment: placeholders replaced by `env`, and variables without a
 * value left off (CloudBase would otherwise set them to the empty string).
 */
export function renderCloudbaserc(rc: Cloudbaserc, env: Env): Cloudbaserc {
  const valueOf = (text: string): string | undefined => {
    const variable = PLACEHOLDER.exec(text)?.[1]
    return variable === undefined ? text : env[variable] || undefined
  }
  const envId = valueOf(rc.envId)
  if (!envId) throw new Error(`cannot render cloudbaserc.json: ${ENV_ID_VARIABLE} is not set`)
  return {
    ...rc,
    envId,
    functions: rc.functions.map((fn) => ({
      ...fn,
      envVariables: Object.fromEntries(
        Object.entries(fn.envVariables).flatMap(([name, text]) => {
          const value = valueOf(text)
          return value === undefined ? [] : [[name, value]]
        }),
      ),
    })),
  }
}
