import type { ErasureReport, PersonalData } from '@core/privacy/personal-data'
import { callFunction } from './call'

const privacy = <T>(action: string, fields: object = {}) => callFunction<T>('privacy', { action, ...fields })

/** The `privacy` cloud function: a resident's data rights and the phone-number exchange. */
export const privacyService = {
  myData: () => privacy<PersonalData>('myData'),
  exportMyData: () => privacy<{ filename: string; json: string }>('exportMyData'),
  /** Unbinds the caller; `erase` also anonymises what they wrote (bills and receipts stay). */
  leave: (confirm: string, erase: boolean) =>
    privacy<{ left: true; erased: ErasureReport | null }>('leave', { confirm, erase }),
  /** The getPhoneNumber button's code -> the verified number. */
  verifyPhone: (code: string) => privacy<{ phone: string; verified: true }>('verifyPhone', { code }),
}
