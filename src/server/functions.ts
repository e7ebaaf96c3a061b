import { adminFunction } from './admin/admin.function'
import type { CloudFunction } from './define-function'
import { meFunction } from './identity/me.function'
import { repairFunction } from './repair/repair.function'
import { slaSweepFunction } from './repair/sla-sweep.function'

/** Every cloud function, by its deployed name (= its folder under cloudfunctions/). */
export const FUNCTIONS: Record<string, CloudFunction> = {
  repair: repairFunction,
  slaSweep: slaSweepFunction,
  me: meFunction,
  admin: adminFunction,
}
