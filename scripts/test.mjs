// The test commands. `npm test` runs everything: the app builds, then the built apps driven in a real
// browser and in WeChat's simulator, with the type-check, lint, format check and node suites (unit,
// contract, API, reliability) beside them at a lower priority. The `test:*` scripts run one part.
// Every run ends with the plain `N passed, N failed` line CI reads.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const SUITES = {
  unit: ['tests/unit', 'tests/contract'],
  api: ['tests/api'],
  reliability: ['tests/reliability'],
}

const SLOW_BUILD_SUITES = [
  'tests/unit/functions/function-bundles',
  'tests/unit/deploy/scripts',
  'tests/unit/deploy/console-build',
  '/tests/e2e/',
]

/**
 * Runs a command to its end. `background` work runs at a lower CPU priority (`nice`, inherited by every
 * process and thread it starts), so it mostly takes the CPU the foreground leaves idle.
 */
function runAsync(cmd, args, { background = false } = {}) {
  const [file, argv] = background && process.platform !== 'win32' ? ['nice', ['-n', '5', cmd, ...args]] : [cmd, args]
  return new Promise((resolve) => spawn(file, argv, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)))
}

let passed = 0
let failed = 0
mkdirSync('.tmp', { recursive: true })

function tally(label, code) {
  if (code === 0) passed += 1
  else {
    console.error(`${label} failed`)
    failed += 1
  }
}

async function jest(label, args, options) {
  const report = `.tmp/jest-${label}.json`
  rmSync(report, { force: true })
  const status = await runAsync('npx', ['jest', ...args, '--json', `--outputFile=${report}`], options)
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'))
    passed += result.numPassedTests
    failed += result.numFailedTests + result.numRuntimeErrorTestSuites
  }
  if (status !== 0 && !existsSync(report)) failed += 1
}

// The reliability suite's figures (matrix checks, fuzz inputs, races, SIGKILL rounds…), added up
// across jest workers from the lines tests/reliability/support/figures.ts appends.
const FIGURES = '.tmp/reliability-figures.jsonl'

function printFigures() {
  if (!existsSync(FIGURES)) return
  const totals = {}
  for (const line of readFileSync(FIGURES, 'utf8').split('\n').filter(Boolean)) {
    const { name, amount } = JSON.parse(line)
    totals[name] = (totals[name] ?? 0) + amount
  }
  console.log(
    `reliability figures: ${Object.entries(totals)
      .map(([name, total]) => `${name} ${total}`)
      .join(', ')}`,
  )
}

/** Jest over the given folders that exist (a suite may not have landed yet). */
async function jestSuite(label, folders, args = [], options = {}) {
  const present = folders.filter((folder) => existsSync(folder))
  rmSync(FIGURES, { force: true })
  if (present.length > 0) await jest(label, [...present, ...args], options)
  printFigures()
}

/** The H5, WeChat and console builds side by side (each leaves a core idle much of the time); true when all built. */
async function buildApps() {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'))
  const builds = ['build:h5', 'build:weapp', 'build:console'].filter((script) => scripts[script])
  const codes = await Promise.all(builds.map((script) => runAsync('npm', ['run', script, '--silent'])))
  return codes.every((code) => code === 0)
}

async function browserSuite(built) {
  if (built) await jest('apps', ['-c', 'tests/e2e/jest.config.js'])
  else failed += 1
}

const part = process.argv[2] ?? 'all'
if (part === 'all') {
  // Everything here is CPU-bound. The longest chain is the app builds, then the browser suite, which
  // alone keeps about 1.6 of 2 cores busy: it runs in the foreground from the start. Type-check, lint,
  // format and the node suites (two workers) start at once in the background (nice 5) and fill whatever
  // CPU it leaves, then take both cores when it is done. (At one priority, with the node suites on one
  // worker so as not to slow the browser suite, they ran alone for the last 90 s with a core idle.)
  const background = { background: true }
  const apps = buildApps().then(browserSuite)
  // scripts/check.mjs type-checks and lints over one program (`npm run typecheck` + `npm run lint` build it twice).
  const checks = Promise.all([
    runAsync(process.execPath, ['scripts/check.mjs'], background),
    runAsync('npx', ['prettier', '--check', '--log-level', 'warn', '.'], background),
  ])
  // A test waits longer for the CPU it shares, so each gets 90 s (30 s in a run of its own).
  const nodeSuites = jestSuite(
    'node',
    [...SUITES.unit, ...SUITES.api, ...SUITES.reliability],
    ['--testTimeout=90000'],
    background,
  )
  const [checked, formatted] = await checks
  tally('typecheck and lint', checked)
  tally('format', formatted)
  await Promise.all([nodeSuites, apps])
} else if (part === 'e2e') {
  await browserSuite(await buildApps())
} else if (part === 'unit') {
  // The fast loop leaves out the suites that build every function bundle, build the console for both
  // targets and run the deploy scripts in child processes (a minute or two together); `npm test` runs them.
  await jestSuite(part, SUITES.unit, ['--testPathIgnorePatterns', ...SLOW_BUILD_SUITES])
} else if (SUITES[part]) {
  await jestSuite(part, SUITES[part])
} else {
  console.error(`unknown test suite "${part}" (all, unit, api, reliability, e2e)`)
  process.exit(2)
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
