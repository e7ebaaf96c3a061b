import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../repair/sla'
import type { Category, DispatchMode } from '../repair/work-order'

export const SETTINGS_ID = 'estate'

/** The estate's configuration managers edit: one document. */
export interface EstateSettings {
  id: typeof SETTINGS_ID
  version: number
  sla: SlaPolicy
  /** How new orders of each category reach a worker; unset categories go to the pool. */
  dispatch: Partial<Record<Category, DispatchMode>>
}

export const DEFAULT_SETTINGS: EstateSettings = { id: SETTINGS_ID, version: 0, sla: DEFAULT_SLA_POLICY, dispatch: {} }
