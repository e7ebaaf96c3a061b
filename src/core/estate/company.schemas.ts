import type { Role } from '../identity/actor'
import { z } from '../shared/zod'
import { PHONE_PATTERN } from './estate.schemas'
import { KPI_RANGES } from './service-kpi'

/** An estate's id: a short slug, part of every stored key of its documents. */
export const estateId = z
  .string({ error: '请选择小区' })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, '请选择小区')

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 08:00')

/** `me.estates`: the estate picker, optionally one city's. */
export const listEstatesSchema = z.object({ city: z.string().trim().min(1).max(20).optional() })

/** `me.switchEstate`: act in another estate (a household there, or one to apply to). */
export const switchEstateSchema = z.object({ estateId })

/** `company.createEstate`. */
export const createEstateSchema = z.object({
  id: estateId,
  name: z.string({ error: '请填写小区名称' }).trim().min(1, '请填写小区名称').max(40),
  city: z.string({ error: '请填写城市' }).trim().min(1, '请填写城市').max(20),
  /** Service hours for normal repairs; the default calendar (08:00-20:00) when unset. */
  opensAt: clockTime.optional(),
  closesAt: clockTime.optional(),
})

/** `company.appointManager`: makes a WeChat user a manager of one estate. */
export const appointManagerSchema = z.object({
  estateId,
  openid: z.string().trim().min(1).max(128),
  name: z.string({ error: '请填写姓名' }).trim().min(1, '请填写姓名').max(20),
  phone: z.string({ error: '请填写手机号' }).trim().regex(PHONE_PATTERN, '请填写 11 位手机号'),
})

/** `admin.compareEstates`: the orders submitted today, or in the last 7 or 30 days. */
export const compareEstatesSchema = z.object({ range: z.enum(KPI_RANGES).default('30d') })

/** One estate as the picker lists it. */
export interface EstateListing {
  id: string
  name: string
  city: string
}

/** `me.memberships`: an estate where the caller holds a role, and the household or job they hold there. */
export interface Membership extends EstateListing {
  role: Role
  /** A resident's unit there; null for staff. */
  unitId: string | null
  /** The estate the caller acts in now. */
  current: boolean
}

/** One estate's service figures over the window head office compares. No person is named. */
export interface EstateFigures extends EstateListing {
  orders: number
  /** Average minutes to accept, in service time; null without accepted orders. */
  responseMinutes: number | null
  /** Average minutes to complete, in service time. */
  resolutionMinutes: number | null
  /** Share (0-1) of finished timers that met their promise. */
  onTimeRate: number | null
  /** Average rating 1-5 of confirmed orders. */
  satisfaction: number | null
  /** Share (0-1) of the window's billed amount that is paid. */
  collectionRate: number | null
  /** Repeat faults (返修) reported per finished job, 0-1: the vendors' scorecard definition. */
  repeatRate: number | null
}
