import { dataExportReply, leftReply, personalDataReply } from '@core/privacy/privacy.replies'
import type { z } from '@core/shared/zod'
import { callFunction } from './call'

const privacy = <T>(action: string, reply: z.ZodType<T>, fields: object = {}) =>
  callFunction('privacy', { action, ...fields }, reply)

/** The `privacy` cloud function: a resident's data rights (the phone-number exchange is phone.service.ts). */
export const privacyService = {
  myData: () => privacy('myData', personalDataReply),
  exportMyData: () => privacy('exportMyData', dataExportReply),
  /** Unbinds the caller; `erase` also anonymises what they wrote (bills and receipts stay). */
  leave: (confirm: string, erase: boolean) => privacy('leave', leftReply, { confirm, erase }),
}
