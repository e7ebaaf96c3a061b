import { STAFF_ROLES, type StaffRef } from '../estate/estate'
import { documentOf, itemsOf, pageOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import type { OrderContact } from './order-contact'
import {
  CATEGORIES,
  PRIORITIES,
  STATUSES,
  TIMELINE_TYPES,
  TIMERS,
  type TimelineEvent,
  type WorkOrder,
} from './work-order'

// What the `repair` function answers, as the client's repair service parses it.

/** The fields the store indexes a work order on (its collection registry checks the same on every read). */
const indexedFields = {
  status: z.enum(STATUSES),
  unitId: z.string(),
  residentOpenid: z.string(),
  createdAt: z.string(),
  inPool: z.boolean(),
  assigneeOpenid: z.string().nullable(),
  nextCheckAt: z.string().nullable(),
  category: z.enum(CATEGORIES),
  placeKey: z.string().optional(),
}

const timelineEvent = documentOf<TimelineEvent>()({ type: z.enum(TIMELINE_TYPES), at: z.string(), by: z.string() })

/** An order as the screens read it: state, what and where, who holds it, the promises and the history. */
export const workOrderReply = documentOf<WorkOrder>()({
  ...indexedFields,
  id: z.string(),
  version: z.number(),
  priority: z.enum(PRIORITIES),
  description: z.string(),
  photos: z.array(z.string()),
  residentName: z.string(),
  assigneeName: z.string().nullable(),
  deadlines: z.record(z.enum(TIMERS), z.string()),
  timeline: z.array(timelineEvent),
})

export const workOrderPageReply = pageOf(workOrderReply)
export const workOrderListReply = itemsOf(workOrderReply)

export const staffRefReply: z.ZodType<StaffRef> = z.looseObject({
  openid: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
})
export const staffRefListReply = itemsOf(staffRefReply)

export const orderContactReply: z.ZodType<OrderContact> = z.looseObject({
  kind: z.enum(['worker', 'resident', 'desk']),
  name: z.string(),
  phone: z.string(),
})

export const photoLinksReply = itemsOf(z.looseObject({ fileId: z.string(), url: z.string() }))

/** `prepareUpload`: where the mini-program uploads the photo in cloud storage. */
export const uploadPlaceReply = z.looseObject({ cloudPath: z.string() })
