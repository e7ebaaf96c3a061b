// `npm run db:setup [-- --dry-run] [--mode <mode>] [--first-manager <openid> --name <name>]`:
// the collections, indexes and security rules the storage port declares, plus the first documents
// an estate needs. Applied through @cloudbase/manager-node with TCB_SECRET_ID/TCB_SECRET_KEY;
// without them (or with --dry-run) printed as the exact console steps. Safe to rerun.
import { parseArgs } from 'node:util'
import {
  CLIENT_VARIABLES,
  CREDENTIAL_VARIABLES,
  describeProblem,
  readVariables,
  SETUP_VARIABLES,
} from '../src/server/config/environment.config'
import { openCloudAdmin } from './deploy/cloud-admin'
import { ENV_ID_VARIABLE } from './deploy/cloudbaserc'
import {
  applyDatabasePlan,
  consoleSteps,
  databasePlan,
  readRules,
  SECURITY_RULES_FILE,
  seedConsoleStep,
  seeds,
} from './deploy/database-plan'
import { loadEnv } from './deploy/env-files'
import { runScript } from './deploy/run-script'

const { values: options } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    mode: { type: 'string', default: 'production' },
    'first-manager': { type: 'string' },
    name: { type: 'string', default: '物业经理' },
  },
})

const VARIABLES = { [ENV_ID_VARIABLE]: CLIENT_VARIABLES[ENV_ID_VARIABLE], ...SETUP_VARIABLES }

async function main(): Promise<number> {
  const plan = databasePlan()
  const rules = readRules('.')
  const uncovered = plan.filter(({ name }) => !rules.collections[name]).map(({ name }) => name)
  if (uncovered.length > 0) {
    console.error(
      `${SECURITY_RULES_FILE} has no rule for ${uncovered.join(', ')}: run npm run deploy -- --dry-run to regenerate it`,
    )
    return 1
  }

  const { env, files } = loadEnv('.', options.mode, [...Object.keys(VARIABLES), ...Object.keys(CREDENTIAL_VARIABLES)])
  const check = readVariables(VARIABLES, env)
  const credentials = readVariables(CREDENTIAL_VARIABLES, env)
  const complaints = `set these in .env.${options.mode}.local, see .env.example:\n${check.problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n')}`
  const dryRun = options['dry-run']
  if (!check.ok && !dryRun) {
    console.error(`cannot set up the database: ${complaints}`)
    return 1
  }
  const firstManager = options['first-manager'] ? { openid: options['first-manager'], name: options.name } : undefined
  const documents = seeds({ serviceHours: check.values.LINLI_SERVICE_HOURS, firstManager })

  console.log(
    `Linli database setup for ${check.values[ENV_ID_VARIABLE] ?? `<${ENV_ID_VARIABLE}>`} (mode ${options.mode}; env files: ${files.join(', ') || 'none'})`,
  )
  console.log(
    `${plan.length} collections, ${plan.reduce((sum, c) => sum + c.indexes.length, 0)} indexes, client access denied on every collection`,
  )
  if (dryRun || !check.ok || !credentials.ok) {
    if (!dryRun)
      console.log('no TCB_SECRET_ID/TCB_SECRET_KEY: apply these steps in the console (or set the keys and rerun)')
    console.log(
      ['', ...consoleSteps(plan, rules.collections, rules.storage), ...documents.map(seedConsoleStep)].join('\n'),
    )
    if (!check.ok) console.log(`\na real run would stop here: ${complaints}`)
    return 0
  }

  const envId = check.values[ENV_ID_VARIABLE]
  const { TCB_SECRET_ID: secretId, TCB_SECRET_KEY: secretKey } = credentials.values
  const { database } = await openCloudAdmin('.', envId, secretId, secretKey)
  await applyDatabasePlan(database, plan, rules.collections, rules.storage, (line) => console.log(line))
  if (documents.length > 0) {
    const { openCloudbaseStore } = await import('../src/server/store/cloudbase.store')
    const store = openCloudbaseStore({ env: envId, secretId, secretKey })
    for (const { collection, doc } of documents) {
      const inserted = await store.collection(collection).insert(doc)
      console.log(`${collection}/${doc.id}: ${inserted ? 'inserted' : 'exists, left alone'}`)
    }
    await store.close()
  }
  console.log('done: check with npm run db:setup again (every line says "exists", indexes +0)')
  return 0
}

runScript(main)
