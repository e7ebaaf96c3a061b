import type { StaffRef } from '@core/estate/estate'
import { callFunction } from './call'

/** The `admin` cloud function. */
export const adminService = {
  /** Maintenance staff a manager can hand jobs to. */
  listStaff: () => callFunction<{ items: StaffRef[] }>('admin', { action: 'listStaff' }),
}
