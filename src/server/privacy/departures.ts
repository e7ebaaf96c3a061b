import type { Runtime } from '../runtime/runtime'
import type { Store } from '../store/store.port'

/** A resident who left their unit; their personal fields are anonymised once retention runs out. */
export interface DepartureDoc {
  /** Their openid. */
  id: string
  version: number
  unitId: string
  leftAt: string
  /** Set when their personal fields were anonymised (at once on request, or by the retention run). */
  anonymisedAt: string | null
}

export const departures = (store: Store) => store.collection<DepartureDoc>('departures')

/** Notes that a resident left `unitId` now (a later departure from another unit replaces the record). */
export async function recordDeparture(runtime: Runtime, openid: string, unitId: string | null): Promise<void> {
  if (unitId === null) return
  const leftAt = runtime.clock.now().toISOString()
  const previous = await departures(runtime.store).get(openid)
  const record = { id: openid, unitId, leftAt, anonymisedAt: null }
  if (previous) await departures(runtime.store).replace({ ...record, version: previous.version })
  else await departures(runtime.store).insert({ ...record, version: 0 })
}
