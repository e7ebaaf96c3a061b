/**
 * npm run simulate -- [--days 30] [--units 2000] [--workers 6] [--policy all|baseline,pool,…]
 *                     [--seed 1] [--staffing=-2,-1,0,1,2] [--out sim/out]
 * Prints one table and one headline per policy and writes report.md and response-chart.svg to --out.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULTS } from './model'
import { POLICIES, POLICY_NAMES, type PolicyName } from './policies'
import { headline, policyTable, responseChart } from './report'
import { comparePolicies } from './run-policies'

function options() {
  const { values } = parseArgs({
    options: {
      days: { type: 'string', default: String(DEFAULTS.days) },
      units: { type: 'string', default: String(DEFAULTS.units) },
      workers: { type: 'string', default: String(DEFAULTS.workers) },
      policy: { type: 'string', default: 'all' },
      seed: { type: 'string', default: String(DEFAULTS.seed) },
      staffing: { type: 'string', default: DEFAULTS.staffingDeltas.join(',') },
      out: { type: 'string', default: 'sim/out' },
    },
  })
  const whole = (name: string, text: string, min: number) => {
    const n = Number(text)
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`)
    return n
  }
  const policies = values.policy === 'all' ? POLICY_NAMES : (values.policy.split(',') as PolicyName[])
  const unknown = policies.filter((p) => !POLICY_NAMES.includes(p))
  if (unknown.length > 0)
    throw new Error(`unknown policy ${unknown.join(', ')}; choose from ${POLICY_NAMES.join(', ')}`)
  return {
    days: whole('days', values.days, 1),
    units: whole('units', values.units, 1),
    workers: whole('workers', values.workers, 1),
    seed: whole('seed', values.seed, 0),
    policies,
    staffingDeltas: values.staffing.split(',').map((d) => whole('staffing', d.trim(), -1000)),
    out: values.out,
  }
}

async function main() {
  const opts = options()
  const began = performance.now()
  const cpuBefore = process.cpuUsage()
  const rows = await comparePolicies({
    ...opts,
    onRun: (r) => process.stderr.write(`  ${r.policy} with ${r.workers} workers: ${r.handlerCalls} handler calls\n`),
  })
  const cpu = process.cpuUsage(cpuBefore)
  const seconds = (performance.now() - began) / 1000
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const defaults = rows.filter((r) => r.workers === opts.workers)
  const report = [
    `# Simulated month: ${opts.days} days, ${opts.units} homes, ${opts.workers} workers, seed ${opts.seed}`,
    '',
    'Same reports under every policy; figures for jobs reported in the month (model: sim/model.ts).',
    '',
    '## Headlines (default staffing)',
    '',
    ...defaults.map((r) => `- ${headline(r)}`),
    '',
    '## Policies',
    '',
    '| policy | dispatch | pushes reach phones | live timing and ladder (slaSweep) |',
    '| --- | --- | --- | --- |',
    ...opts.policies.map((p) => {
      const policy = POLICIES[p]
      const dispatch = policy.dispatch === 'manager' ? 'desk hands out slips in rounds' : policy.dispatch
      return `| ${policy.label} | ${dispatch} | ${policy.push ? 'yes' : 'no'} | ${policy.sweep ? 'yes' : 'no'} |`
    }),
    '',
    ...opts.policies.flatMap((p) => [policyTable(p, rows), '']),
    '![mean response by policy and staffing](response-chart.svg)',
    '',
    `Ran ${rows.length} simulations in ${seconds.toFixed(1)} s wall clock (${cpuSeconds.toFixed(1)} s CPU).`,
    '',
  ].join('\n')
  mkdirSync(opts.out, { recursive: true })
  writeFileSync(join(opts.out, 'report.md'), report)
  writeFileSync(join(opts.out, 'response-chart.svg'), responseChart(rows))
  process.stdout.write(report)
  process.stdout.write(`\nWrote ${join(opts.out, 'report.md')} and ${join(opts.out, 'response-chart.svg')}\n`)
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
