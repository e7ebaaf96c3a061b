import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { benchApi } from './api.bench'
import { coldStartsOverBudget, formatColdStarts, measureColdStarts } from './cold-start.bench'
import { measureUnitImport } from './import.bench'
import { benchNotifyLatency } from './notify.bench'
import { formatPackageSizes, MAIN_BUDGET_KB, overBudget, weappPackageSizes } from './package-size'
import { measureRoundTrips } from '../tests/support/round-trips'
import { formatRoundTrips } from './round-trips.bench'
import { fmt } from './stats'
import { benchSweep } from './sweep.bench'

function printMachine(): void {
  const cpu = cpus()
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version} (${process.platform}-${process.arch})`,
  )
  // Other work on the machine skews every figure below; a load near the core count means rerun.
  console.log(`load average (1 min) at start: ${loadavg()[0]!.toFixed(2)}`)
}

function printPackageSizes(): void {
  if (!existsSync(resolve('dist', 'app.json'))) {
    return console.log('\nmini-program package sizes: no weapp build in dist/; run `npm run build:weapp` first')
  }
  console.log(`\nmini-program packages (WeChat limit 2048 KB each; main package budget ${MAIN_BUDGET_KB} KB)`)
  const sizes = weappPackageSizes()
  console.log(formatPackageSizes(sizes).join('\n'))
  // The figures all print; the run then fails, so a budget broken in CI does not pass unseen.
  if (overBudget(sizes)) process.exitCode = 1
}

async function printUnitImport(): Promise<void> {
  const figure = await measureUnitImport()
  console.log(
    `\nCSV import of ${fmt(figure.units)} units through admin.importUnits (target < 5000 ms): median ${fmt(figure.medianMs, 1)} ms, max ${fmt(figure.maxMs, 1)} ms over ${figure.runs} runs`,
  )
}

async function main(): Promise<void> {
  printMachine()
  printPackageSizes()
  console.log(`\n${formatRoundTrips(await measureRoundTrips(20)).join('\n')}`)
  const coldStarts = await measureColdStarts()
  console.log(`\n${formatColdStarts(coldStarts).join('\n')}`)
  if (coldStartsOverBudget(coldStarts.rows)) process.exitCode = 1
  await benchApi()
  await benchNotifyLatency()
  await benchSweep()
  await printUnitImport()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
