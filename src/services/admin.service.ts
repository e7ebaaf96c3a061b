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
  /** 登录物业后台: signs the desktop console that shows this code in as the caller. */
  approveConsoleSignIn: (code: string) =>
    callFunction<{ id: string }>('admin', { action: 'approveConsoleSignIn', code }),
}
