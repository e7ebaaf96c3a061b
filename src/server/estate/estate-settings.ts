import type { Grid } from '@core/estate/grid'
import { DEFAULT_SLA_POLICY, SlaRules, type SlaPolicy } from '@core/repair/sla'
import type { Category, DispatchMode } from '@core/repair/work-order'
import type { Store } from '../store/store.port'

/** The estate's configuration managers edit: one document. */
export interface EstateSettings {
  id: typeof SETTINGS_ID
  version: number
  sla: SlaPolicy
  /** How new orders of each category reach a worker; unset categories go to the pool. */
  dispatch: Partial<Record<Category, DispatchMode>>
}

export const SETTINGS_ID = 'estate'

export const DEFAULT_SETTINGS: EstateSettings = { id: SETTINGS_ID, version: 0, sla: DEFAULT_SLA_POLICY, dispatch: {} }

/** Grids are few (tens at most), so they are read whole. */
const GRIDS_READ_LIMIT = 200

export const settingsCollection = (store: Store) => store.collection<EstateSettings>('settings')
export const gridsCollection = (store: Store) => store.collection<Grid>('grids')

export async function loadSettings(store: Store): Promise<EstateSettings> {
  return (await settingsCollection(store).get(SETTINGS_ID)) ?? DEFAULT_SETTINGS
}

export async function loadRules(store: Store): Promise<SlaRules> {
  return new SlaRules((await loadSettings(store)).sla)
}

export async function listGrids(store: Store): Promise<Grid[]> {
  return gridsCollection(store).find({
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
  return current.version === 0 ? settingsCollection(store).insert(next) : settingsCollection(store).replace(next)
}
