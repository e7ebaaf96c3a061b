import { documentOf, itemsOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import type { Announcement } from './announcement'
import type { InboxMessage } from './inbox-message'
import { TEMPLATE_KEYS, type SubscriptionView } from './templates'

// What the `inbox` function answers, as the client's inbox service parses it.

export const inboxMessageReply: z.ZodType<InboxMessage> = z.looseObject({
  id: z.string(),
  version: z.number(),
  toOpenid: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  ref: z.looseObject({ type: z.string(), id: z.string() }),
  createdAt: z.string(),
  readAt: z.string().nullable(),
})
export const inboxListReply = itemsOf(inboxMessageReply)

export const countReply = z.looseObject({ count: z.number() })
export const markedReply = z.looseObject({ marked: z.number() })

export const announcementReply = documentOf<Announcement>()({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  buildings: z.array(z.string()).nullable(),
  emergency: z.boolean(),
  createdAt: z.string(),
  withdrawnAt: z.string().nullable(),
})
export const announcementListReply = itemsOf(announcementReply)

const templateKey = z.enum(TEMPLATE_KEYS)
export const subscriptionListReply = itemsOf<SubscriptionView>(
  z.looseObject({ template: templateKey, templateId: z.string(), remaining: z.number() }),
)
export const grantedReply = z.looseObject({ granted: z.array(templateKey) })
