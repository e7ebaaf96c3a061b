// `npm run deploy [-- --dry-run] [--mode <mode>] [function ...]`: checks the environment, writes the
// generated artefacts, rebuilds the bundles, then deploys every function (or the named ones) with
// the settings in cloudbaserc.json, through @cloudbase/manager-node with TCB_SECRET_ID/TCB_SECRET_KEY.
// With --dry-run it stops after printing the plan: no build, no network, exit 0 unless a folder is broken.
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { TEMPLATE_KEYS, templatesConfigSchema } from '../src/core/notify/templates'
import {
  CLIENT_VARIABLES,
  CREDENTIAL_VARIABLES,
  describeProblem,
  CONSOLE_SIGN_IN_VARIABLES,
  FUNCTION_VARIABLES,
  readVariables,
  templateVariable,
  type Env,
} from '../src/server/config/environment.config'
import productionTemplates from '../src/server/notify/templates/production.json'
import { PAY_CALLBACK_FUNCTION } from '../src/server/ports/pay.port'
import { artefacts, CLOUDBASERC_FILE, writeArtefacts } from './deploy/artefacts'
import { openCloudAdmin } from './deploy/cloud-admin'
import { ENV_ID_VARIABLE, renderCloudbaserc, type Cloudbaserc } from './deploy/cloudbaserc'
import { loadEnv } from './deploy/env-files'
import { deployFunction } from './deploy/function-deploy'
import { readFunctionFolders, type FunctionFolder } from './deploy/function-folders'
import { runScript } from './deploy/run-script'

const root = process.cwd()
const { values: options, positionals: only } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false }, mode: { type: 'string', default: 'production' } },
  allowPositionals: true,
})
const dryRun = options['dry-run']
const mode = options.mode
/** Whether a function is among those named on the command line (all when none are). */
const chosen = ({ name }: { name: string }) => only.length === 0 || only.includes(name)

/** Terminal columns: CJK characters take two. */
const columns = (text: string) => [...text].reduce((sum, char) => sum + (char >= '\u2e80' ? 2 : 1), 0)

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => columns(row[column]!))))
  return rows.map((row) =>
    row
      .map((cell, column) => cell + ' '.repeat(widths[column]! - columns(cell)))
      .join('  ')
      .trimEnd(),
  )
}

const kb = (bytes: number | null) => (bytes === null ? 'NOT BUILT' : `${Math.round(bytes / 1024)} KB`)

const SUBSCRIBE_SEND = 'subscribeMessage.send'

/** Faults in the folders themselves: no deploy, dry or not, can go on with them. */
function folderFaults(folders: readonly FunctionFolder[]): string[] {
  const faults: string[] = []
  const unbuilt = folders.filter((folder) => folder.bundleBytes === null).map((folder) => folder.name)
  if (unbuilt.length > 0) faults.push(`not built (run npm run build:functions): ${unbuilt.join(', ')}`)
  for (const folder of folders) {
    // Locally nothing checks these; in production a send without them fails (-604101, or no SDK to load).
    if (folder.sendsMessagesVia && !folder.openapi.includes(SUBSCRIBE_SEND)) {
      faults.push(
        `${folder.name}: sends subscribe messages (via ${folder.sendsMessagesVia}) but config.json does not grant ${SUBSCRIBE_SEND}`,
      )
    }
    // Cloud calls (subscribeMessage.send, cloudPay) go through wx-server-sdk, which CloudBase must install.
    if (folder.openapi.length > 0 && !folder.dependencies['wx-server-sdk']) {
      faults.push(
        `${folder.name}: config.json grants ${folder.openapi.join(', ')} but package.json does not depend on wx-server-sdk`,
      )
    }
  }
  if (!folders.some((folder) => folder.name === PAY_CALLBACK_FUNCTION)) {
    faults.push(`WeChat Pay notifies "${PAY_CALLBACK_FUNCTION}" (pay/pay.port.ts), which has no folder`)
  }
  const unknown = only.filter((name) => !folders.some((folder) => folder.name === name))
  if (unknown.length > 0) faults.push(`no such function: ${unknown.join(', ')}`)
  return faults
}

function printPlan(rc: Cloudbaserc, folders: readonly FunctionFolder[]) {
  const byName = new Map(folders.map((folder) => [folder.name, folder]))
  const rows = rc.functions.map((fn) => {
    const folder = byName.get(fn.name)!
    const trigger = fn.triggers?.[0]
    return [
      fn.name,
      fn.runtime,
      `${fn.timeout} s`,
      `${fn.memorySize} MB`,
      trigger ? `${trigger.name} "${trigger.config}"` : '-',
      folder.openapi.join(',') || '-',
      Object.keys(folder.dependencies).join(',') || '-',
      kb(folder.bundleBytes),
    ]
  })
  console.log(
    table([
      ['function', 'runtime', 'timeout', 'memory', 'timer trigger', 'openapi', 'installs', 'bundle'],
      ...rows,
    ]).join('\n'),
  )
}

function printTemplates(env: Env) {
  const specs = templatesConfigSchema.parse(productionTemplates)
  const rows = TEMPLATE_KEYS.map((key) => {
    const spec = specs[key]
    const variable = templateVariable(key)
    return [
      variable,
      spec?.templateId.replace(/^SET-IN-DEPLOY:\s*/, '') ?? '(no spec in production.json)',
      spec ? Object.keys(spec.fields).join(' ') : '-',
      env[variable] ? 'set' : 'not set: inbox only',
    ]
  })
  console.log('\nsubscribe-message templates (订阅消息 → 公共模板库; the template must have exactly these fields):')
  console.log(
    table([['variable', 'template', 'fields', 'value'], ...rows])
      .map((line) => `  ${line}`)
      .join('\n'),
  )
}

/** What a deploy would do, printed; null when a folder is broken (no deploy, dry or not, can go on). */
function plan(env: Env, files: readonly string[]): { rc: Cloudbaserc; followUps: string[] } | null {
  const folders = readFunctionFolders(root)
  const generated = artefacts(root, folders)
  const written = writeArtefacts(root, generated)
  const rc = generated[CLOUDBASERC_FILE]

  console.log(`Linli deploy (mode ${mode}${dryRun ? ', dry run: nothing is built or uploaded' : ''})`)
  console.log(`env files: ${files.join(', ') || `none (copy .env.example to .env.${mode}.local)`}`)
  console.log(
    `CloudBase environment: ${env[ENV_ID_VARIABLE] || `(${ENV_ID_VARIABLE} not set)`}; estate: ${env.LINLI_ESTATE_ID || '(LINLI_ESTATE_ID not set)'}`,
  )
  console.log(
    `artefacts: ${Object.keys(generated).join(', ')} (${written.length > 0 ? `rewritten: ${written.join(', ')}` : 'unchanged'})\n`,
  )
  printPlan(rc, folders)
  console.log(
    `\nenvironment variables on every function: ${
      Object.keys(FUNCTION_VARIABLES)
        .filter((name) => env[name])
        .join(', ') || 'none set'
    }`,
  )
  const customLogin = readVariables(CONSOLE_SIGN_IN_VARIABLES, env)
  console.log(
    `custom-login key on consoleSignIn only: ${
      customLogin.ok ? 'set' : 'not set (the desktop console cannot sign in; DEPLOY.md §13)'
    }`,
  )
  printTemplates(env)

  const faults = folderFaults(folders)
  if (faults.length > 0) {
    console.error(`\ncannot deploy:\n${faults.map((fault) => `  - ${fault}`).join('\n')}`)
    return null
  }
  const permissions = folders
    .filter((folder) => folder.openapi.length > 0 && chosen(folder))
    .map((folder) => folder.name)
  const followUps = [
    'npm run db:setup (collections, indexes, security rules; safe to rerun)',
    ...(permissions.length > 0
      ? [
          `config.json permissions are uploaded by WeChat DevTools only: right-click ${permissions.join(', ')} → 上传并部署：云端安装依赖 (DEPLOY.md step 6)`,
        ]
      : []),
  ]
  return { rc, followUps }
}

async function main(): Promise<number> {
  const { env, files } = loadEnv(root, mode, [
    ...Object.keys(CLIENT_VARIABLES),
    ...Object.keys(FUNCTION_VARIABLES),
    ...Object.keys(CONSOLE_SIGN_IN_VARIABLES),
    ...Object.keys(CREDENTIAL_VARIABLES),
  ])
  const envId = readVariables({ [ENV_ID_VARIABLE]: CLIENT_VARIABLES[ENV_ID_VARIABLE] }, env)
  const functionValues = readVariables(FUNCTION_VARIABLES, env)
  const credentials = readVariables(CREDENTIAL_VARIABLES, env)
  const blockers = [...envId.problems, ...functionValues.problems, ...credentials.problems]
  const complaints = `set these in .env.${mode}.local (see .env.example)\n${blockers.map((problem) => `  - ${describeProblem(problem)}`).join('\n')}`

  if (dryRun) {
    const planned = plan(env, files)
    if (!planned) return 1
    const target = envId.values[ENV_ID_VARIABLE] ?? `<${ENV_ID_VARIABLE}>`
    console.log(
      `\nwould deploy to ${target}: ${planned.rc.functions
        .filter(chosen)
        .map((fn) => fn.name)
        .join(', ')} (code and configuration; triggers replaced by the declared ones)`,
    )
    console.log(`then:\n${planned.followUps.map((line) => `  - ${line}`).join('\n')}`)
    if (blockers.length > 0) console.log(`\na real deploy would refuse to start: ${complaints}`)
    return 0
  }

  if (!envId.ok || !functionValues.ok || !credentials.ok) {
    console.error(`cannot deploy: ${complaints}`)
    return 1
  }
  // A real deploy never uploads a stale bundle.
  if (spawnSync(process.execPath, ['scripts/build-functions.mjs'], { stdio: 'inherit' }).status !== 0) return 1
  const planned = plan(env, files)
  if (!planned) return 1
  const rendered = renderCloudbaserc(planned.rc, env)
  const { functions } = await openCloudAdmin(
    root,
    rendered.envId,
    credentials.values.TCB_SECRET_ID,
    credentials.values.TCB_SECRET_KEY,
  )
  console.log('')
  const selected = rendered.functions.filter(chosen)
  for (const fn of selected) {
    try {
      await deployFunction(functions, fn, (line) => console.log(line))
    } catch (error) {
      console.error(`${fn.name}: ${error instanceof Error ? error.message : String(error)}`)
      console.error('deploy stopped; the functions above are deployed. Fix the cause and rerun: it is idempotent.')
      return 1
    }
  }
  console.log(
    `\ndeployed ${selected.length} functions to ${rendered.envId}. Next:\n${planned.followUps.map((line) => `  - ${line}`).join('\n')}`,
  )
  return 0
}

runScript(main)
