import type { SlaPolicy } from '@core/repair/sla'
import type { EstateTraffic } from './estate-traffic'
import { openLightEstate } from './light-estate'
import { figuresOf, type Figures } from './metrics'
import { DEFAULTS, START } from './model'
import { POLICIES, type PolicyName } from './policies'
import { runMonth, type Shift } from './simulation'
import { generateTraffic } from './traffic'

export interface Staffing {
  workers: number
  shifts: readonly Shift[]
  /** The promises the estate makes (its SLA policy). */
  sla: SlaPolicy
}

export interface RehearsalOptions {
  traffic: EstateTraffic
  seed: number
  days?: number
  policy?: PolicyName
}

/**
 * A month of the estate's traffic under one staffing, on the light estate (core's domain in memory)
 * with the simulation's people: what the console's 演练 page shows. Every staffing compared with
 * one seed sees the same reports.
 */
export async function rehearse(staffing: Staffing, options: RehearsalOptions): Promise<Figures> {
  const days = options.days ?? DEFAULTS.days
  const reports = generateTraffic({
    days,
    units: options.traffic.units,
    seed: options.seed,
    model: options.traffic.model,
  })
  const host = openLightEstate(new Date(START), staffing.sla)
  const outcome = await runMonth(host, {
    policy: POLICIES[options.policy ?? 'grid_push_ladder'],
    workers: staffing.workers,
    shifts: staffing.shifts,
    days,
    seed: options.seed,
    traffic: reports,
  })
  return figuresOf(outcome.orders, outcome.complaints)
}
