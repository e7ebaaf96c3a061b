import type { Bill } from '../billing/bill'
import type { Receipt } from '../billing/receipt'
import type { Feedback } from '../feedback/feedback'
import { inboxMessageReply } from '../notify/inbox.replies'
import { workOrderReply } from '../repair/repair.replies'
import { documentOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import type { VisitorPass } from '../visitor/visitor-pass'
import type { ErasureReport, PersonalData } from './personal-data'

// What the `privacy` function answers, as the client's privacy service parses it.

// Passes, bills, receipts and feedback are checked by id alone: their schemas live in subpackages.
const id = { id: z.string() }

export const personalDataReply = documentOf<PersonalData>()({
  person: z.looseObject({
    openid: z.string(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    unitId: z.string().nullable(),
    phoneVerified: z.boolean(),
  }),
  orders: z.array(workOrderReply),
  passes: z.array(documentOf<VisitorPass>()(id)),
  bills: z.array(documentOf<Bill>()(id)),
  receipts: z.array(documentOf<Receipt>()(id)),
  feedback: z.array(documentOf<Feedback>()(id)),
  messages: z.array(inboxMessageReply),
})

export const dataExportReply = z.looseObject({ filename: z.string(), json: z.string() })

const erasureReport: z.ZodType<ErasureReport> = z.looseObject({
  orders: z.number(),
  passes: z.number(),
  feedback: z.number(),
  messages: z.number(),
  photos: z.number(),
})
export const leftReply = z.looseObject({ left: z.literal(true), erased: erasureReport.nullable() })
