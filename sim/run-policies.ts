import { openEstateHost, removeEstate } from './estate-adapter'
import { setUpEstate } from './estate-setup'
import { figuresOf, type Figures } from './metrics'
import { START } from './model'
import { POLICIES, type PolicyName } from './policies'
import { runMonth } from './simulation'
import { generateTraffic, type TrafficModel } from './traffic'

export interface CompareOptions {
  days: number
  units: number
  workers: number
  seed: number
  policies: readonly PolicyName[]
  /** Staffing levels compared, as differences from `workers`. */
  staffingDeltas: readonly number[]
  /** The traffic model (default: the typical estate of sim/model.ts). */
  model?: TrafficModel
  /** Told after each run (progress on a long comparison). */
  onRun?: (row: ResultRow) => void
}

export interface ResultRow {
  policy: PolicyName
  workers: number
  figures: Figures
  /** Handler calls the run made. */
  handlerCalls: number
}

/**
 * Runs every policy at every staffing level on one month of traffic (one seed). The estate is
 * built once through public actions and copied for each run, so every run starts alike.
 */
export async function comparePolicies(options: CompareOptions): Promise<ResultRow[]> {
  const traffic = generateTraffic(options)
  const staffing = [...new Set(options.staffingDeltas.map((d) => options.workers + d).filter((n) => n >= 1))].sort(
    (a, b) => a - b,
  )
  const start = new Date(START)
  const template = await openEstateHost(start)
  await setUpEstate(template, options.units, Math.max(...staffing))
  await template.close()
  const rows: ResultRow[] = []
  try {
    for (const name of options.policies) {
      for (const workers of staffing) {
        const host = await openEstateHost(start, template.dir)
        try {
          const outcome = await runMonth(host, {
            policy: POLICIES[name],
            workers,
            days: options.days,
            seed: options.seed,
            traffic,
          })
          const row: ResultRow = {
            policy: name,
            workers,
            figures: figuresOf(outcome.orders, outcome.complaints),
            handlerCalls: [...host.calls.values()].reduce((s, n) => s + n, 0),
          }
          rows.push(row)
          options.onRun?.(row)
        } finally {
          await host.close()
          removeEstate(host.dir)
        }
      }
    }
  } finally {
    removeEstate(template.dir)
  }
  return rows
}
