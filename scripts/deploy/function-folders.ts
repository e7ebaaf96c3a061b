import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { z } from '../../src/core/shared/zod'
import { parseCron } from '../../src/core/shared/cron'
import { findReachable } from './import-graph'
import { readJsonFile } from './json-file'

/**
 * The cloud functions as their folders declare them: `cloudfunctions/<name>/` with `index.ts` (the
 * entry that build:functions bundles), `config.json` (WeChat's format: timer trigger, cloud-call
 * permissions) and `package.json` (what CloudBase installs beside the bundle). Everything the deploy
 * tooling generates is derived from here, so a new folder is deployed without editing any list.
 */

export const FUNCTIONS_ROOT = 'cloudfunctions'
/** The CloudBase SDK modules build:functions bundles beside each index.js (scripts/build-functions.mjs's SDK_FILE). */
export const SDK_FILE = 'node-sdk-modules.js'

/** CloudBase function and trigger names: a letter, then letters, digits, `-` or `_`, at most 60 in all. */
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

const cron = z.string().superRefine((expression, ctx) => {
  try {
    parseCron(expression)
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) })
  }
})

const timerTrigger = z.strictObject({
  name: z.string().regex(NAME, 'a trigger name starts with a letter and has at most 60 letters, digits, - or _'),
  type: z.literal('timer'),
  /** 7 fields: second minute hour day month weekday year, China time. */
  config: cron,
})

export type TimerTrigger = z.infer<typeof timerTrigger>

/** Strict, so a misspelt key (`trigger`, `permission`) fails here instead of being ignored by WeChat. */
const configJson = z.strictObject({
  triggers: z.array(timerTrigger).max(1, 'CloudBase allows one trigger per function').optional(),
  permissions: z
    .strictObject({ openapi: z.array(z.string().regex(/^\w+\.\w+$/, 'an API name such as subscribeMessage.send')) })
    .optional(),
})

const packageJson = z.looseObject({
  main: z.literal('index.js'),
  dependencies: z.record(z.string(), z.string()).default({}),
})

/** `notify` (notify/notifier.ts) is the one way to a subscribe message: importing it means sending them. */
const SENDS_SUBSCRIBE_MESSAGES = /import\s*\{[^}]*\bnotify\b[^}]*\}\s*from\s*['"][^'"]*\/notifier['"]/

export interface FunctionFolder {
  name: string
  trigger: TimerTrigger | null
  /** Cloud-call APIs from config.json `permissions.openapi`. */
  openapi: string[]
  /** The module through which the function sends subscribe messages (relative path), or null. */
  sendsMessagesVia: string | null
  /** Packages CloudBase installs for the function (package.json `dependencies`). */
  dependencies: Record<string, string>
  /** Bytes of the built `index.js`; null before `npm run build:functions` (or with its SDK file missing). */
  bundleBytes: number | null
}

/** Every function folder, by name; throws on the first folder that would not deploy as declared. */
export function readFunctionFolders(root = '.'): FunctionFolder[] {
  const base = join(root, FUNCTIONS_ROOT)
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(base, name)
      if (!NAME.test(name)) throw new Error(`${dir}: "${name}" is not a valid CloudBase function name`)
      const config = existsSync(join(dir, 'config.json')) ? readJsonFile(join(dir, 'config.json'), configJson) : {}
      const pkg = readJsonFile(join(dir, 'package.json'), packageJson)
      const bundle = join(dir, 'index.js')
      const sender = findReachable(root, join(dir, 'index.ts'), SENDS_SUBSCRIBE_MESSAGES)
      return {
        name,
        trigger: config.triggers?.[0] ?? null,
        openapi: config.permissions?.openapi ?? [],
        sendsMessagesVia: sender && relative(root, sender),
        dependencies: pkg.dependencies,
        bundleBytes: existsSync(bundle) && existsSync(join(dir, SDK_FILE)) ? statSync(bundle).size : null,
      }
    })
}
