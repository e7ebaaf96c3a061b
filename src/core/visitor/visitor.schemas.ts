import { withRequestId } from '../shared/request-id'
import { z } from '../shared/zod'
import { isPassToken } from './pass-code'
import { PASS_LIMITS } from './visitor-pass'

/** One schema per command: the booking form, the gate page and the function all parse with them. */

const passId = z.string().trim().min(1, '缺少通行证编号').max(64)

/** Any ISO-8601 instant with a zone, stored as UTC so instants compare as text. */
const instant = z.iso.datetime({ offset: true, error: '时间格式不正确' }).transform((at) => new Date(at).toISOString())

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/
/** A province character, the city letter, then 5 (petrol) or 6 (new energy) letters and digits. */
export const PLATE_PATTERN = /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/

export const createPassSchema = z.object({
  ...withRequestId,
  visitorName: z.string({ error: '请填写访客姓名' }).trim().min(1, '请填写访客姓名').max(20, '姓名不超过 20 字'),
  visitorPhone: z.string({ error: '请填写访客手机号' }).trim().regex(MOBILE_PATTERN, '请填写 11 位手机号'),
  plate: z.string().trim().toUpperCase().regex(PLATE_PATTERN, '车牌号格式不正确').optional(),
  validFrom: instant,
  validUntil: instant,
  maxEntries: z
    .number({ error: '请填写可进入次数' })
    .int()
    .min(1, '至少 1 次')
    .max(PASS_LIMITS.maxEntries, `最多 ${PASS_LIMITS.maxEntries} 次`)
    .default(1),
})

export const passRefSchema = z.object({ id: passId })

/** What a guard scanned (the QR token) or typed (the short code). */
export const gateCodeSchema = z.object({
  code: z.string({ error: '请输入通行码' }).trim().min(1, '请输入通行码').max(64, '通行码过长'),
})

/** The visitor opens the shared pass by its token: holding the token is the permission. */
export const sharedPassSchema = z.object({
  token: z.string().trim().refine(isPassToken, '通行证链接无效'),
})

export const listEntriesSchema = z.object({
  from: instant.optional(),
  to: instant.optional(),
  limit: z.number().int().min(1).max(500).default(100),
})

export type CreatePassInput = z.input<typeof createPassSchema>
