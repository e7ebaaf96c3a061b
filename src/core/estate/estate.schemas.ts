import { CATEGORIES } from '../repair/work-order'
import { withRequestId } from '../shared/request-id'
import { z } from '../shared/zod'
import { APPLICATION_STATUSES } from './application'
import { RELATIONS, STAFF_ROLES } from './estate'
import { INVITE_ALPHABET, INVITE_LENGTH, normalizeInviteCode } from './invite-code'
import { KPI_RANGES } from './service-kpi'

/** One schema per command: the console's and the welcome page's forms and the functions all parse with them. */

export const PHONE_PATTERN = /^1[3-9]\d{9}$/

const personName = z.string({ error: '请填写姓名' }).trim().min(1, '请填写姓名').max(20, '姓名不超过 20 字')
const phone = z.string({ error: '请填写手机号' }).trim().regex(PHONE_PATTERN, '请填写 11 位手机号')
const relation = z.enum(RELATIONS, { error: '请选择与房屋的关系' })
const openid = z.string().trim().min(1).max(128)
const unitId = z.string().trim().min(1, '请选择房屋').max(40)
const skills = z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([])

const inviteCodePattern = new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_LENGTH}}$`)
const inviteCode = z
  .string({ error: '请输入邀请码' })
  .transform(normalizeInviteCode)
  .pipe(z.string().regex(inviteCodePattern, `邀请码为 ${INVITE_LENGTH} 位字母或数字`))

/** A page of a manager list; `cursor` is what the previous page returned. */
export const pageSchema = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
})

/** The CSV as text: 20 000 rows fit well within the function's 1 MiB event. */
export const importUnitsSchema = z.object({
  csv: z.string({ error: '请选择 CSV 文件' }).min(1, '文件为空').max(1_000_000, '文件过大'),
})

/** A building's units come whole: a building is hundreds of units at most. */
export const listUnitsSchema = z.object({
  building: z.string({ error: '请选择楼栋' }).trim().min(1, '请选择楼栋').max(16),
})

export const saveEstateProfileSchema = z.object({
  name: z.string().trim().min(1, '请填写小区名称').max(40),
  address: z.string().trim().max(100).default(''),
  servicePhone: z.string().trim().max(20).default(''),
  buildingNames: z.record(z.string().trim().min(1).max(16), z.string().trim().min(1).max(20)).default({}),
  publicAreas: z
    .array(z.object({ id: z.string().trim().min(1).max(32), name: z.string().trim().min(1, '请填写区域名称').max(20) }))
    .max(50)
    .default([]),
})

const validity = {
  /** 1 is a single-use code; a household code may let the whole family in. */
  maxUses: z.number().int().min(1, '至少可用 1 次').max(50, '最多可用 50 次').default(1),
  validDays: z.number().int().min(1, '有效期至少 1 天').max(90, '有效期最多 90 天').default(7),
  ...withRequestId,
}

export const createInviteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitId, ...validity }),
  z.object({ kind: z.literal('staff'), role: z.enum(STAFF_ROLES, { error: '请选择岗位' }), skills, ...validity }),
])

export const inviteRefSchema = z.object({ code: inviteCode })

export const listInvitesSchema = pageSchema.extend({ unitId: unitId.optional() })

/** A guest joins with a code; residents also say how they live in the unit (staff codes ignore it). */
export const redeemInviteSchema = z.object({
  code: inviteCode,
  name: personName,
  phone,
  relation: relation.optional(),
})

export const applySchema = z.object({
  name: personName,
  phone,
  building: z.string({ error: '请选择楼栋' }).trim().min(1, '请选择楼栋').max(16),
  number: z.string({ error: '请填写房号' }).trim().min(1, '请填写房号').max(16),
  relation,
  ...withRequestId,
})

export const listApplicationsSchema = pageSchema.extend({
  status: z.enum(APPLICATION_STATUSES).default('pending'),
})

export const applicationRefSchema = z.object({ id: openid })

export const rejectApplicationSchema = z.object({
  id: openid,
  note: z.string({ error: '请说明原因' }).trim().min(1, '请说明原因').max(200),
})

export const personRefSchema = z.object({ openid })

export const setStaffSchema = z.object({
  openid,
  role: z.enum(STAFF_ROLES, { error: '请选择岗位' }),
  skills,
})

export const listResidentsSchema = pageSchema.extend({ unitId: unitId.optional() })

export const listStaffMembersSchema = z.object({ role: z.enum(STAFF_ROLES).optional() })

export const dashboardSchema = z.object({ range: z.enum(KPI_RANGES).default('7d') })

/** An export covers at most a quarter: longer ranges belong in the CloudBase console. */
export const EXPORT_MAX_DAYS = 92

const localDate = z.iso.date({ error: '日期格式为 YYYY-MM-DD' })

export const exportOrdersSchema = z
  .object({ from: localDate, to: localDate })
  .refine((r) => r.from <= r.to, { message: '结束日期不能早于开始日期', path: ['to'] })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < EXPORT_MAX_DAYS, {
    message: `一次最多导出 ${EXPORT_MAX_DAYS} 天`,
    path: ['to'],
  })

export type CreateInviteInput = z.input<typeof createInviteSchema>
export type RedeemInviteInput = z.input<typeof redeemInviteSchema>
export type ApplyInput = z.input<typeof applySchema>
