import { approvedSignInReply } from '@core/estate/console.replies'
import { staffRefListReply } from '@core/repair/repair.replies'
import { callFunction } from './call'

/** The `admin` cloud function. */
export const adminService = {
  /** Maintenance staff a manager can hand jobs to. */
  listStaff: () => callFunction('admin', { action: 'listStaff' }, staffRefListReply),
  /** 登录物业后台: signs the desktop console that shows this code in as the caller. */
  approveConsoleSignIn: (code: string) =>
    callFunction('admin', { action: 'approveConsoleSignIn', code }, approvedSignInReply),
}
