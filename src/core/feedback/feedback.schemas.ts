import { requestIdSchema } from '../shared/request-id'
import { z } from '../shared/zod'
import { FEEDBACK_KINDS, FEEDBACK_STATUSES, FEEDBACK_TOPICS } from './feedback'

/** One schema per command: the mini-program form and the cloud function both parse with it. */

export const FEEDBACK_TEXT_MAX = 500

const id = z.string().trim().min(1, '缺少编号').max(64)
const openid = z.string().trim().min(1).max(128)
const fileIds = z.array(z.string().min(1).max(256)).max(9, '最多 9 张照片')
const text = (missing: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(FEEDBACK_TEXT_MAX, `不超过 ${FEEDBACK_TEXT_MAX} 字`)

export const createFeedbackSchema = z.object({
  kind: z.enum(FEEDBACK_KINDS, { error: '请选择类型' }),
  topic: z.enum(FEEDBACK_TOPICS, { error: '请选择事项' }),
  description: text('请描述情况'),
  photos: fileIds.default([]),
  anonymous: z.boolean().default(false),
  relatedOrderId: id.optional(),
  /** Praise: the staff member thanked. */
  staffOpenid: openid.optional(),
  requestId: requestIdSchema.optional(),
})

export const FEEDBACK_SCOPES = ['mine', 'assigned', 'all'] as const

export const listFeedbackSchema = z.object({
  scope: z.enum(FEEDBACK_SCOPES),
  status: z.enum(FEEDBACK_STATUSES).optional(),
  kind: z.enum(FEEDBACK_KINDS).optional(),
  limit: z.number().int().min(1).max(50).default(20),
})

export const feedbackRefSchema = z.object({ id })
export const acknowledgeFeedbackSchema = z.object({ id, note: text('请填写受理说明') })
export const replyFeedbackSchema = z.object({ id, message: text('请填写回复') })
export const transferFeedbackSchema = z.object({ id, toOpenid: openid, reason: text('请说明转交原因') })
export const resolveFeedbackSchema = z.object({ id, resolution: text('请填写处理结果') })
export const assignFeedbackSchema = z.object({ id, staffOpenid: openid })
export const confirmFeedbackSchema = z.object({
  id,
  satisfied: z.boolean({ error: '请选择是否满意' }),
  rating: z.number({ error: '请评分' }).int().min(1, '评分为 1-5 星').max(5, '评分为 1-5 星'),
  comment: z.string().trim().max(FEEDBACK_TEXT_MAX).optional(),
})
export const reopenFeedbackSchema = z.object({ id, reason: text('请说明原因') })
export const followUpFeedbackSchema = z.object({ id, message: text('请填写追问内容') })
export const linkedFeedbackSchema = z.object({ orderId: id })

const minutes = z
  .number()
  .int()
  .min(1)
  .max(30 * 24 * 60)
const windows = z.object({ acknowledge: minutes, resolve: minutes })

/** A manager's edit of the feedback promises; applies to feedback submitted afterwards. */
export const feedbackPolicySchema = z.object({
  defaults: windows,
  byKind: z.partialRecord(z.enum(FEEDBACK_KINDS), windows),
  byTopic: z.partialRecord(z.enum(FEEDBACK_TOPICS), windows),
  warnShare: z.number().min(0.1).max(0.95),
})

export const feedbackSettingsSchema = z.object({
  policy: feedbackPolicySchema,
  /** Share of ordinary closed repairs that also get a return visit (0..1). */
  returnVisitSample: z.number().min(0).max(1),
})

export type CreateFeedbackInput = z.input<typeof createFeedbackSchema>
