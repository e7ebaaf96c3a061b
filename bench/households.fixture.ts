import type { UnitDoc, UserDoc } from '@server/store/documents'
import { CATEGORIES } from '@core/repair/work-order'
import type { TestHost } from '../tests/support/test-host'

/**
 * What the create load models: ordinary reports from many households, as real traffic brings them.
 * A real estate files a few dozen orders a day, so a burst of thousands in a minute stands for many
 * hours of a large estate (or of many estates) compressed. Each report comes from a different home
 * in turn, and each home files one order per category at most (under the rate limits, which stay
 * on: 10 an hour). Reports are spread over buildings and categories so that no building reports one
 * category more than twice within the outage window: no outage is spotted, as none happened, while
 * outage spotting and the repeat-fault lookup run in full on every create. (One household filing
 * thousands of orders, the previous workload, is what the rate limits forbid in production.)
 */
const BUILDINGS = 240
const HOMES_PER_BUILDING = 2
/** Reports of one category from one building the spread allows (the outage threshold is 3). */
const PER_PLACE = 2

export interface Households {
  /** The token of the resident filing the i-th report. */
  tokenFor(i: number): string
  /** The i-th report, at its resident's home. */
  createEvent(i: number): Record<string, unknown>
}

const building = (b: number) => `B${b + 1}`

/** The i-th report: building, category, then home vary, in that order of speed. */
function placeOf(i: number): { building: number; category: number; home: number } {
  return {
    building: i % BUILDINGS,
    category: Math.floor(i / BUILDINGS) % CATEGORIES.length,
    home: Math.floor(i / (BUILDINGS * CATEGORIES.length)) % HOMES_PER_BUILDING,
  }
}

/** Adds the bench's buildings, homes and one resident each to the host's demo estate, and logs them in. */
export async function addHouseholds(host: TestHost, reports: number): Promise<Households> {
  if (reports > BUILDINGS * CATEGORIES.length * PER_PLACE) {
    throw new Error(`households: ${reports} reports would put an outage's worth in one building`)
  }
  const units: UnitDoc[] = Array.from({ length: BUILDINGS * HOMES_PER_BUILDING }, (_, i) => {
    const b = Math.floor(i / HOMES_PER_BUILDING)
    const number = `10${(i % HOMES_PER_BUILDING) + 1}`
    return { id: `${building(b)}-${number}`, version: 0, building: building(b), number, floor: 1, areaM2: 89 }
  })
  const users: UserDoc[] = units.map((unit) => ({
    id: `bench-resident-${unit.id}`,
    version: 0,
    role: 'resident',
    name: '住户',
    unitId: unit.id,
    phone: null,
  }))
  await host.store.collection('units').insertMany(units)
  await host.store.collection('users').insertMany(users)
  const tokens: string[] = []
  for (const user of users) tokens.push(await host.login(user.id))
  const homeIndex = (i: number) => {
    const place = placeOf(i)
    return place.building * HOMES_PER_BUILDING + place.home
  }
  return {
    tokenFor: (i) => tokens[homeIndex(i)]!,
    createEvent: (i) => ({
      action: 'create',
      category: CATEGORIES[placeOf(i).category],
      priority: i % 10 === 0 ? 'urgent' : 'normal',
      description: `卫生间地漏返水，楼下天花板有水渍 #${i}`,
      photos: [],
    }),
  }
}
