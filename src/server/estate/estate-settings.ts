import { DEFAULT_SETTINGS, SETTINGS_ID, type EstateSettings } from '@core/estate/estate-settings'
import type { Grid } from '@core/estate/grid'
import { SlaRules } from '@core/repair/sla'
import type { Store } from '../store/store.port'

/** Grids are few (tens at most), so they are read whole. */
const GRIDS_READ_LIMIT = 200

export async function loadSettings(store: Store): Promise<EstateSettings> {
  // The settings collection also holds the estate profile; the id tells the two documents apart.
  const doc = await store.collection('settings').get(SETTINGS_ID)
  return doc?.id === SETTINGS_ID ? doc : DEFAULT_SETTINGS
}

export async function loadRules(store: Store): Promise<SlaRules> {
  return new SlaRules((await loadSettings(store)).sla)
}

export async function listGrids(store: Store): Promise<Grid[]> {
  return store.collection('grids').find({
    where: {},
    orderBy: { field: 'name', direction: 'asc' },
    limit: GRIDS_READ_LIMIT,
  })
}

/**
 * Writes settings with compare-and-set, creating the document on first edit. Null when another
 * manager saved in between (the caller reports CONFLICT).
 */
export async function saveSettings(
  store: Store,
  change: (current: EstateSettings) => EstateSettings,
): Promise<EstateSettings | null> {
  const current = await loadSettings(store)
  const next = change(current)
  const settings = store.collection('settings')
  const saved = current.version === 0 ? await settings.insert(next) : await settings.replace(next)
  return saved?.id === SETTINGS_ID ? saved : null
}
