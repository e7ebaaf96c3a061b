import { CATEGORIES, type Category, type Priority } from '@core/repair/work-order'
import { ESTATE, START, TRAFFIC, WORK, PEOPLE } from './model'
import { Random } from './random'

const MINUTE = 60_000
const DAY_MINUTES = 24 * 60

/** One household's report, with everything chance decides about it drawn up front, so every policy replays the same month. */
export interface Report {
  /** Minutes since START. */
  at: number
  unitIndex: number
  category: Category
  priority: Priority
  /** Part of a burst (several homes of one building at once). */
  burst: boolean
  travelMinutes: number
  repairMinutes: number
  /** Minutes the parts take when the job waits for them, else null. */
  partsDelayMinutes: number | null
  fixFails: boolean
  /** Minutes after completion the household confirms, or null if it never does. */
  confirmAfterMinutes: number | null
  harderToPlease: boolean
}

/** The shape of an estate's traffic: the model's (TRAFFIC) or one derived from an estate's own orders. */
export interface TrafficModel {
  reportsPerUnitPerYear: number
  weekdayFactor: readonly number[]
  weekdayHourShare: readonly number[]
  weekendHourShare: readonly number[]
  categoryMix: Record<Category, number>
  urgentShare: Record<Category, number>
  burstsPer30Days: number
}

export interface TrafficOptions {
  days: number
  units: number
  seed: number
  /** Default: the documented model (TRAFFIC). */
  model?: TrafficModel
}

const normalised = (shares: readonly number[]) => {
  const total = shares.reduce((sum, s) => sum + s, 0)
  return shares.map((s) => s / total)
}

const hourShares = (model: TrafficModel) => ({
  weekday: normalised(model.weekdayHourShare),
  weekend: normalised(model.weekendHourShare),
})

export const HOUR_SHARE = hourShares(TRAFFIC)

/** The estate-local weekday (0 = Sunday) of day `day` of the run. */
export const weekdayOf = (day: number) =>
  new Date(Date.parse(START) + (day * DAY_MINUTES + 8 * 60) * MINUTE).getUTCDay()

export const buildingCount = (units: number) => Math.ceil(units / ESTATE.unitsPerBuilding)

/** Expected reports in one hour of one day, from the documented rates. */
export function expectedPerHour(
  units: number,
  day: number,
  hour: number,
  model: TrafficModel = TRAFFIC,
  shares = model === TRAFFIC ? HOUR_SHARE : hourShares(model),
): number {
  const weekday = weekdayOf(day)
  const perDay = (units * model.reportsPerUnitPerYear * model.weekdayFactor[weekday]!) / 365
  return perDay * (weekday === 0 || weekday === 6 ? shares.weekend : shares.weekday)[hour]!
}

function drawJob(
  random: Random,
  at: number,
  unitIndex: number,
  category: Category,
  priority: Priority,
  burst: boolean,
) {
  const repair = WORK.repair[category]
  return {
    at,
    unitIndex,
    category,
    priority,
    burst,
    travelMinutes: random.logNormal(WORK.travel.mean, WORK.travel.sd),
    repairMinutes: random.logNormal(repair.mean, repair.sd),
    partsDelayMinutes: random.chance(WORK.partsChance)
      ? random.logNormal(WORK.partsDelay.mean, WORK.partsDelay.sd)
      : null,
    fixFails: random.chance(WORK.fixFailsChance),
    confirmAfterMinutes: random.chance(PEOPLE.neverConfirmChance)
      ? null
      : random.logNormal(PEOPLE.confirmAfter.mean, PEOPLE.confirmAfter.sd),
    harderToPlease: random.chance(PEOPLE.rating.harderToPleaseChance),
  }
}

/** A month of reports: Poisson arrivals hour by hour, plus bursts; sorted by time. */
export function generateTraffic({ days, units, seed, model = TRAFFIC }: TrafficOptions): Report[] {
  const random = new Random(seed).fork('traffic')
  const shares = hourShares(model)
  const reports: Report[] = []
  for (let day = 0; day < days; day++) {
    for (let hour = 0; hour < 24; hour++) {
      const count = random.poisson(expectedPerHour(units, day, hour, model, shares))
      for (let i = 0; i < count; i++) {
        const category = random.weighted(model.categoryMix)
        const priority: Priority = random.chance(model.urgentShare[category]) ? 'urgent' : 'normal'
        const at = day * DAY_MINUTES + hour * 60 + random.next() * 60
        reports.push(drawJob(random, at, random.int(units), category, priority, false))
      }
    }
  }
  const bursts = random.poisson((model.burstsPer30Days * days) / 30)
  const [fewest, most] = TRAFFIC.burstReports
  for (let b = 0; b < bursts; b++) {
    const building = random.int(buildingCount(units))
    const first = random.next() * days * DAY_MINUTES
    const homes = fewest + random.int(most - fewest + 1)
    for (let i = 0; i < homes; i++) {
      const unitIndex = Math.min(units - 1, building * ESTATE.unitsPerBuilding + random.int(ESTATE.unitsPerBuilding))
      const at = first + random.next() * TRAFFIC.burstSpreadMinutes
      reports.push(drawJob(random, at, unitIndex, 'plumbing', 'urgent', true))
    }
  }
  return reports.sort((a, b) => a.at - b.at || a.unitIndex - b.unitIndex)
}

export { CATEGORIES }
