import { withRequestId } from '../shared/request-id'
import { z } from '../shared/zod'
import { ROOT_CAUSES } from './repeat-fault'
import { CATEGORIES, HOLD_REASONS, PRIORITIES, STATUSES } from './work-order'

/** One schema per command: the mini-program form and the cloud function both parse with it. */

const orderId = z.string().trim().min(1, '缺少工单编号').max(64)
const fileIds = z.array(z.string().min(1).max(256)).max(9, '最多 9 张照片')

export const DESCRIPTION_MAX = 500

const isoTime = z.iso.datetime({ offset: true, error: '时间格式无效' }).transform((t) => new Date(t).toISOString())

/** Bounds of the resident's preferred visiting window; where it falls relative to now is checked on create. */
export const PREFERRED_SLOT = { minMinutes: 30, maxMinutes: 4 * 60, withinDays: 7 } as const

const preferredSlot = z
  .object({ from: isoTime, to: isoTime })
  .refine((s) => Date.parse(s.to) - Date.parse(s.from) >= PREFERRED_SLOT.minMinutes * 60_000, {
    message: '预约时段至少 30 分钟',
    path: ['to'],
  })
  .refine((s) => Date.parse(s.to) - Date.parse(s.from) <= PREFERRED_SLOT.maxMinutes * 60_000, {
    message: '预约时段不超过 4 小时',
    path: ['to'],
  })

export const createRepairSchema = z.object({
  category: z.enum(CATEGORIES, { error: '请选择报修类别' }),
  priority: z.enum(PRIORITIES).default('normal'),
  description: z
    .string({ error: '请描述问题' })
    .trim()
    .min(1, '请描述问题')
    .max(DESCRIPTION_MAX, `描述不超过 ${DESCRIPTION_MAX} 字`),
  photos: fileIds.default([]),
  preferredSlot: preferredSlot.optional(),
  /** A problem outside the home: where it is (e.g. 3号楼电梯厅). */
  location: z.string().trim().min(1).max(40, '位置不超过 40 字').optional(),
  ...withRequestId,
})

/** mine: the household's; pool: open to grab; assigned: the worker's; all / dispatch: managers' (dispatch = waiting for a worker). */
export const LIST_SCOPES = ['mine', 'pool', 'assigned', 'all', 'dispatch'] as const

export const listRepairsSchema = z.object({
  scope: z.enum(LIST_SCOPES),
  status: z.enum(STATUSES).optional(),
  /** Any of these (a list filter such as 处理中: accepted, in progress or on hold); `status` wins when both are given. */
  statuses: z.array(z.enum(STATUSES)).min(1).max(STATUSES.length).optional(),
  limit: z.number().int().min(1).max(50).default(20),
  /** Opaque cursor returned by the previous page. */
  cursor: z.string().max(200).optional(),
})

export const orderRefSchema = z.object({ id: orderId })

/** The image types the mini-program uploads, by file extension. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp'] as const
export type PhotoExtension = (typeof PHOTO_EXTENSIONS)[number]

/** Asks where to upload one photo (WeChat storage); the type is the picked file's extension. */
export const prepareUploadSchema = z.object({ extension: z.enum(PHOTO_EXTENSIONS) })

export const rootCauseSchema = z.object({
  code: z.enum(ROOT_CAUSES, { error: '请选择返修原因' }),
  text: z.string({ error: '请说明返修原因' }).trim().min(1, '请说明返修原因').max(DESCRIPTION_MAX),
})

/** The managers' late board, a page at a time. */
export const lateBoardSchema = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  /** Opaque cursor returned by the previous page. */
  cursor: z.string().max(200).optional(),
})

export const completeRepairSchema = z.object({
  id: orderId,
  note: z.string().trim().max(DESCRIPTION_MAX).optional(),
  /** After photos. */
  photos: fileIds.optional(),
  beforePhotos: fileIds.optional(),
  /** Required when the order is a repeat fault (返修). */
  rootCause: rootCauseSchema.optional(),
})

export const confirmRepairSchema = z.object({
  id: orderId,
  rating: z.number({ error: '请评分' }).int().min(1, '评分为 1-5 星').max(5, '评分为 1-5 星'),
  comment: z.string().trim().max(DESCRIPTION_MAX).optional(),
})

export const reopenRepairSchema = z.object({
  id: orderId,
  ...withRequestId,
  reason: z.string({ error: '请说明原因' }).trim().min(1, '请说明原因').max(DESCRIPTION_MAX),
})

export const cancelRepairSchema = z.object({
  id: orderId,
  reason: z.string().trim().max(DESCRIPTION_MAX).optional(),
})

export const assignRepairSchema = z.object({
  id: orderId,
  staffOpenid: z.string().trim().min(1).max(128),
})

export const holdRepairSchema = z.object({
  id: orderId,
  reason: z.enum(HOLD_REASONS, { error: '请选择暂停原因' }),
  until: isoTime.optional(),
})

export const transferRepairSchema = z.object({
  id: orderId,
  toOpenid: z.string().trim().min(1).max(128),
  reason: z.string({ error: '请说明转单原因' }).trim().min(1, '请说明转单原因').max(DESCRIPTION_MAX),
})

export type CreateRepairInput = z.input<typeof createRepairSchema>
export type ListRepairsInput = z.input<typeof listRepairsSchema>
