// `npm test`: type-check, then every jest suite (unit, contract, API; then the built apps in a real
// browser and in WeChat's simulator), ending with the plain `N passed, N failed` line CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

let passed = 0
let failed = 0
mkdirSync('.tmp', { recursive: true })

function jest(label, args) {
  const report = `.tmp/jest-${label}.json`
  const status = run('npx', ['jest', ...args, '--json', `--outputFile=${report}`])
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'))
    passed += result.numPassedTests
    failed += result.numFailedTests + result.numRuntimeErrorTestSuites
  }
  if (status !== 0 && !existsSync(report)) failed += 1
}

if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0) passed += 1
else {
  console.error('typecheck failed')
  failed += 1
}

jest('node', [])
if (existsSync('tests/e2e/jest.config.js')) {
  const built =
    run('npm', ['run', 'build:h5', '--silent']) === 0 && run('npm', ['run', 'build:weapp', '--silent']) === 0
  if (built) jest('apps', ['-c', 'tests/e2e/jest.config.js'])
  else failed += 1
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
