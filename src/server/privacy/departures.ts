import type { Context } from '../action'
import type { Store } from '../store/store.port'

export const departures = (store: Store) => store.collection('departures')

/** Notes that a resident left `unitId` of the context's estate now (a later departure from another unit replaces the record). */
export async function recordDeparture(ctx: Context, openid: string, unitId: string | null): Promise<void> {
  if (unitId === null) return
  const previous = await departures(ctx.store).get(openid)
  const record = { id: openid, unitId, leftAt: ctx.now, anonymisedAt: null }
  if (previous) await departures(ctx.store).replace({ ...record, version: previous.version })
  else await departures(ctx.store).insert({ ...record, version: 0 })
}
