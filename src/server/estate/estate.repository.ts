import {
  buildingsOf,
  DEFAULT_ESTATE_PROFILE,
  ESTATE_PROFILE_ID,
  naturalCompare,
  type Building,
  type EstateProfile,
  type Unit,
} from '@core/estate/estate'
import type { Store } from '../store/store.port'
import { BY_ID, findUpTo } from '../store/paging'

/** Units read whole at most: far beyond one estate, and what one import may add. */
export const MAX_UNITS = 20_000

// The profile shares the managers' `settings` collection with the SLA settings, under its own id.
export async function loadProfile(store: Store): Promise<EstateProfile> {
  const doc = await store.collection('settings').get(ESTATE_PROFILE_ID)
  return doc?.id === ESTATE_PROFILE_ID ? doc : DEFAULT_ESTATE_PROFILE
}

/** Compare-and-set from the version the editor read; null when another manager saved in between. */
export async function saveProfile(store: Store, next: EstateProfile): Promise<EstateProfile | null> {
  const settings = store.collection('settings')
  const saved = next.version === 0 ? await settings.insert(next) : await settings.replace(next)
  return saved?.id === ESTATE_PROFILE_ID ? saved : null
}

/** The estate's buildings, derived from its units (the units are the truth; buildings carry no data of their own). */
export async function listBuildings(store: Store): Promise<Building[]> {
  return (await estateLayout(store)).buildings
}

/** The buildings, and which building each unit lies in (for figures per building). */
export async function estateLayout(store: Store): Promise<{ buildings: Building[]; buildingOf: Map<string, string> }> {
  const [{ items }, profile] = await Promise.all([
    findUpTo(store.collection('units'), { where: {}, orderBy: BY_ID }, MAX_UNITS),
    loadProfile(store),
  ])
  return { buildings: buildingsOf(items, profile), buildingOf: new Map(items.map((u) => [u.id, u.building])) }
}

/** The units of a building in room order. */
export async function unitsOf(store: Store, building: string): Promise<Unit[]> {
  const { items } = await findUpTo(store.collection('units'), { where: { building }, orderBy: BY_ID }, MAX_UNITS)
  return items.sort((a, b) => a.floor - b.floor || naturalCompare(a.number, b.number))
}
