import { dataExportReply, leftReply, personalDataReply } from '@core/privacy/privacy.replies'
import { actionsOf } from './call'

const privacy = actionsOf('privacy')

/** The `privacy` cloud function: a resident's data rights (the phone-number exchange is phone.service.ts). */
export const privacyService = {
  myData: () => privacy('myData', personalDataReply),
  exportMyData: () => privacy('exportMyData', dataExportReply),
  /** Unbinds the caller; `erase` also anonymises what they wrote (bills and receipts stay). */
  leave: (confirm: string, erase: boolean) => privacy('leave', leftReply, { confirm, erase }),
}
