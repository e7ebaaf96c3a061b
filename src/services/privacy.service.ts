import { dataExportReply, leftReply, personalDataReply, verifiedPhoneReply } from '@core/privacy/privacy.replies'
import type { z } from '@core/shared/zod'
import { callFunction } from './call'

const privacy = <T>(action: string, reply: z.ZodType<T>, fields: object = {}) =>
  callFunction('privacy', { action, ...fields }, reply)

/** The `privacy` cloud function: a resident's data rights and the phone-number exchange. */
export const privacyService = {
  myData: () => privacy('myData', personalDataReply),
  exportMyData: () => privacy('exportMyData', dataExportReply),
  /** Unbinds the caller; `erase` also anonymises what they wrote (bills and receipts stay). */
  leave: (confirm: string, erase: boolean) => privacy('leave', leftReply, { confirm, erase }),
  /** The getPhoneNumber button's code -> the verified number. */
  verifyPhone: (code: string) => privacy('verifyPhone', verifiedPhoneReply, { code }),
}
