import type { StaffRef } from '@core/estate/estate'
import { callFunction } from './call'

/** The `admin` cloud function. */
export const adminService = {
  /** Maintenance staff a manager can hand jobs to. */
  listStaff: () => callFunction<{ items: StaffRef[] }>('admin', { action: 'listStaff' }),
  /** 登录物业后台: signs the desktop console that shows this code in as the caller. */
  approveConsoleSignIn: (code: string) =>
    callFunction<{ id: string }>('admin', { action: 'approveConsoleSignIn', code }),
}
