import type { Role } from '@core/identity/actor'
import { callFunction } from './call'

export interface StaffMember {
  openid: string
  name: string
  role: Role
}

/** The `admin` cloud function. */
export const adminService = {
  /** Maintenance staff a manager can hand jobs to. */
  listStaff: () => callFunction<{ items: StaffMember[] }>('admin', { action: 'listStaff' }),
}
