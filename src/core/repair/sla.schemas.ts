import { z } from '../shared/zod'
import { CATEGORIES, DISPATCH_MODES, PRIORITIES } from './work-order'

const minutes = z
  .number()
  .int()
  .min(1)
  .max(30 * 24 * 60)
const windows = z.object({ response: minutes, arrival: minutes, resolution: minutes })
const byPriority = z.object({ normal: windows, urgent: windows })
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 HH:mm')
/** Closing may be 24:00: an office open round the clock for normal jobs too. */
const closing = z.union([hhmm, z.literal('24:00')])
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')

export const serviceHoursSchema = z
  .object({
    opensAt: hhmm,
    closesAt: closing,
    weekdays: z.array(z.number().int().min(0).max(6)).min(1, '至少一天提供服务').max(7),
    holidays: z.array(date).max(366),
    makeUpDays: z.array(date).max(366),
  })
  .refine((h) => h.closesAt > h.opensAt, { message: '结束时间须晚于开始时间', path: ['closesAt'] })

/** A manager's edit of the SLA policy; applies to orders submitted afterwards. */
export const slaPolicySchema = z.object({
  defaults: byPriority,
  byCategory: z.partialRecord(z.enum(CATEGORIES), z.partialRecord(z.enum(PRIORITIES), windows)),
  warnShare: z.number().min(0.1).max(0.95),
  serviceHours: serviceHoursSchema,
})

export const setDispatchSchema = z.object({
  category: z.enum(CATEGORIES),
  mode: z.enum(DISPATCH_MODES),
})

export const saveGridSchema = z.object({
  id: z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().min(1, '请填写网格名称').max(30),
  buildings: z.array(z.string().trim().min(1).max(16)).max(100),
  publicAreas: z.boolean().default(false),
  ownerOpenid: z.string().trim().min(1, '请选择网格负责人').max(128),
})
