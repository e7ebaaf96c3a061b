import * as echarts from 'echarts'
import type { Figures, Spread } from './metrics'
import { POLICIES, type PolicyName } from './policies'
import type { ResultRow } from './run-policies'

const num = (x: number | null, digits = 0) => (x === null ? '–' : x.toFixed(digits))
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`)
const trio = (s: Spread) => `${num(s.mean)} / ${num(s.median)} / ${num(s.p90)}`
const hours = (minutes: number | null) => (minutes === null ? '–' : `${(minutes / 60).toFixed(1)} h`)

const COLUMNS: [string, (f: Figures) => string][] = [
  ['orders', (f) => String(f.orders)],
  ['response, business min (mean / median / p90)', (f) => trio(f.response.business)],
  ['response, wall min', (f) => trio(f.response.wall)],
  ['response, wall min, reported 08-20', (f) => trio(f.response.inHoursWall)],
  ['resolution, business min', (f) => trio(f.resolution.business)],
  ['resolution, wall min', (f) => trio(f.resolution.wall)],
  [
    'within promise (response / arrival / resolution)',
    (f) => `${pct(f.withinPromise.response)} / ${pct(f.withinPromise.arrival)} / ${pct(f.withinPromise.resolution)}`,
  ],
  ['breached', (f) => String(f.breaches)],
  ['escalated', (f) => String(f.escalations)],
  ['repeat faults', (f) => String(f.repeatFaults)],
  ['chasing calls', (f) => String(f.complaints)],
  ['satisfaction (stars, rated)', (f) => `${num(f.satisfaction, 2)} (${f.rated})`],
  ['never taken', (f) => String(f.neverTaken)],
]

/** One markdown table per policy: a column per staffing level, a row per figure. */
export function policyTable(policy: PolicyName, rows: readonly ResultRow[]): string {
  const mine = rows.filter((r) => r.policy === policy)
  const header = `| ${['', ...mine.map((r) => `${r.workers} workers`)].join(' | ')} |`
  const rule = `|${' --- |'.repeat(mine.length + 1)}`
  const body = COLUMNS.map(([label, cell]) => `| ${[label, ...mine.map((r) => cell(r.figures))].join(' | ')} |`)
  return [`### ${POLICIES[policy].label} (\`${policy}\`)`, '', header, rule, ...body].join('\n')
}

/** The policy's result at the given staffing in one plain sentence. */
export function headline(row: ResultRow): string {
  const f = row.figures
  return (
    `${POLICIES[row.policy].label}, ${row.workers} workers: a job waited on average ${hours(f.response.business.mean)} ` +
    `of service time for a worker to take it (${hours(f.response.wall.mean)} on the clock, ` +
    `${hours(f.response.inHoursWall.mean)} for reports made 08:00-20:00); ` +
    `${pct(f.withinPromise.response)} were taken within the promise, ${f.breaches} of ${f.orders} broke a promise, ` +
    `${f.complaints} households phoned to chase, and households gave ${num(f.satisfaction, 1)} stars.`
  )
}

/** Mean response by policy and staffing, rendered server-side by echarts as SVG. */
export function responseChart(rows: readonly ResultRow[]): string {
  const policies = [...new Set(rows.map((r) => r.policy))]
  const staffing = [...new Set(rows.map((r) => r.workers))].sort((a, b) => a - b)
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 480 })
  chart.setOption({
    animation: false,
    title: { text: 'Mean repair response (business minutes) by policy and staffing', left: 'center' },
    legend: { top: 32 },
    grid: { top: 80, left: 70, right: 30, bottom: 60 },
    xAxis: { type: 'category', data: policies.map((p) => POLICIES[p].label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: 'minutes' },
    series: [
      ...staffing.map((workers) => ({
        name: `${workers} workers`,
        type: 'bar',
        data: policies.map(
          (p) => rows.find((r) => r.policy === p && r.workers === workers)?.figures.response.business.mean ?? null,
        ),
      })),
      {
        name: 'one hour',
        type: 'line',
        data: policies.map(() => 60),
        symbol: 'none',
        lineStyle: { type: 'dashed' },
      },
    ],
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}
