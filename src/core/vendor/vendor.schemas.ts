import { CATEGORIES, PRIORITIES } from '../repair/work-order'
import { z } from '../shared/zod'
import { VENDOR_ROUTE_MODES } from './vendor'

const minutes = z
  .number()
  .int()
  .min(1, '时限至少 1 分钟')
  .max(30 * 24 * 60)
const windows = z.object({ response: minutes, arrival: minutes, resolution: minutes })
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')
const vendorId = z.string().trim().min(1).max(64)

/** A manager registers a vendor, or edits one by id. */
export const saveVendorSchema = z
  .object({
    id: vendorId.optional(),
    name: z.string({ error: '请填写单位名称' }).trim().min(1, '请填写单位名称').max(40, '名称不超过 40 字'),
    categories: z.array(z.enum(CATEGORIES)).min(1, '至少选择一个服务类别').max(CATEGORIES.length),
    contractFrom: day,
    contractTo: day,
    contactName: z.string({ error: '请填写联系人' }).trim().min(1, '请填写联系人').max(20),
    contactPhone: z
      .string({ error: '请填写联系电话' })
      .trim()
      .regex(/^[0-9+\-\s]{7,20}$/, '电话格式不正确'),
    sla: z.partialRecord(z.enum(CATEGORIES), z.partialRecord(z.enum(PRIORITIES), windows)).default({}),
    dispatcherOpenid: z.string().trim().min(1).max(128).nullable().default(null),
  })
  .refine((v) => v.contractTo >= v.contractFrom, { message: '结束日期须晚于开始日期', path: ['contractTo'] })
  .refine((v) => Object.keys(v.sla).every((c) => (v.categories as string[]).includes(c)), {
    message: '时限只能为服务类别设置',
    path: ['sla'],
  })

/** Routes a category to a vendor (or back in-house with `vendorId: null`). */
export const routeCategorySchema = z.object({
  category: z.enum(CATEGORIES, { error: '请选择报修类别' }),
  vendorId: vendorId.nullable(),
  mode: z.enum(VENDOR_ROUTE_MODES).default('pool'),
})

export const vendorInviteSchema = z.object({
  vendorId,
  maxUses: z.number().int().min(1).max(50).default(5),
  validDays: z.number().int().min(1).max(90).default(7),
})

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式为 YYYY-MM')

export const scorecardSchema = z.object({ month })

export const contractReviewSchema = z.object({ month })

export const vendorRefSchema = z.object({ id: vendorId })

export type SaveVendorInput = z.input<typeof saveVendorSchema>
