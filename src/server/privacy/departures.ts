import type { Runtime } from '../ports/runtime.port'
import type { Store } from '../store/store.port'

export const departures = (store: Store) => store.collection('departures')

/** Notes that a resident left `unitId` now (a later departure from another unit replaces the record). */
export async function recordDeparture(runtime: Runtime, openid: string, unitId: string | null): Promise<void> {
  if (unitId === null) return
  const leftAt = runtime.clock.now().toISOString()
  const previous = await departures(runtime.store).get(openid)
  const record = { id: openid, unitId, leftAt, anonymisedAt: null }
  if (previous) await departures(runtime.store).replace({ ...record, version: previous.version })
  else await departures(runtime.store).insert({ ...record, version: 0 })
}
