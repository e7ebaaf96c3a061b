import { periodOf } from '@core/billing/calendar'
import {
  appointManagerSchema,
  compareEstatesSchema,
  createEstateSchema,
  type EstateFigures,
} from '@core/estate/company.schemas'
import { estateFigures } from '@core/estate/company-figures'
import { DEFAULT_ESTATE_PROFILE, ESTATE_PROFILE_ID } from '@core/estate/estate'
import { DEFAULT_SETTINGS } from '@core/estate/estate-settings'
import { kpiWindow } from '@core/estate/service-kpi'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { enterEstate, knownEstate } from '../identity/accounts'
import { MAX_REPORT_ORDERS } from '../kpi/kpi.actions'
import { findAll, findUpTo } from '../store/paging'

/**
 * Head office (`company_admin`) actions of the `admin` function: the company's estates, their
 * managers, and figures that compare them. They answer aggregates and estate records only: a
 * resident's name or phone is read by an estate's own people, or by head office appointed there.
 */
const taken = () => fail(appError(ErrorCode.CONFLICT, 'an estate has this id', { id: ['该编号已被使用'] }))

export const companyActions = {
  listEstates: action({
    roles: ['company_admin'],
    input: z.object({}),
    run: async (_input, ctx) => ok({ items: await findAll(ctx.store.collection('estates'), {}) }),
  }),
  createEstate: action({
    roles: ['company_admin'],
    input: createEstateSchema,
    async run(input, ctx) {
      if (await ctx.store.collection('estates').get(input.id)) return taken()
      const store = ctx.store.forEstate(input.id)
      const hours = DEFAULT_SETTINGS.sla.serviceHours
      const serviceHours = {
        ...hours,
        opensAt: input.opensAt ?? hours.opensAt,
        closesAt: input.closesAt ?? hours.closesAt,
      }
      // Profile and settings first, each insert a no-op when a retry finds it written: the estate
      // appears (to the picker and the timers) only once complete.
      const settings = store.collection('settings')
      await settings.insert({ ...DEFAULT_ESTATE_PROFILE, id: ESTATE_PROFILE_ID, name: input.name })
      await settings.insert({ ...DEFAULT_SETTINGS, sla: { ...DEFAULT_SETTINGS.sla, serviceHours } })
      const estate = { id: input.id, version: 0, name: input.name, city: input.city, createdAt: ctx.now }
      const saved = await ctx.store.collection('estates').insert(estate)
      return saved ? ok(saved) : taken()
    },
  }),
  /** Makes a WeChat user the manager of an estate (their first role there, or instead of another). */
  appointManager: action({
    roles: ['company_admin'],
    input: appointManagerSchema,
    async run(input, ctx) {
      const estate = await knownEstate(ctx.store, input.estateId)
      if (!estate.ok) return estate
      const users = ctx.store.forEstate(input.estateId).collection('users')
      const current = await users.get(input.openid)
      const manager = {
        id: input.openid,
        version: current?.version ?? 0,
        role: 'manager' as const,
        name: input.name,
        phone: input.phone,
        unitId: null,
        joinedAt: ctx.now,
      }
      const saved = current ? await users.replace(manager) : await users.insert(manager)
      if (!saved) return fail(appError(ErrorCode.CONFLICT, 'the person changed meanwhile; try again'))
      // A membership, not a move: the appointee keeps acting where they were and switches when they like.
      const entered = await enterEstate(ctx.store, input.openid, input.estateId, true, true)
      if (!entered.ok) return entered
      return ok({ estateId: input.estateId, openid: input.openid, role: saved.role })
    },
  }),
  /** Every estate side by side: response, resolution, on-time share, satisfaction, collection, repeats. */
  compareEstates: action({
    roles: ['company_admin'],
    input: compareEstatesSchema,
    async run(input, ctx) {
      const window = kpiWindow(input.range, ctx.now)
      const period = periodOf(ctx.now)
      const items: EstateFigures[] = []
      for (const estate of await findAll(ctx.store.collection('estates'), {})) {
        const store = ctx.store.forEstate(estate.id)
        const [orders, bills] = await Promise.all([
          findUpTo(
            store.collection('workOrders'),
            {
              where: { createdAt: { gte: window.from, lte: window.to } },
              orderBy: { field: 'createdAt', direction: 'asc' },
            },
            MAX_REPORT_ORDERS,
          ),
          findAll(store.collection('bills'), { period }),
        ])
        items.push(estateFigures({ id: estate.id, name: estate.name, city: estate.city }, orders.items, period, bills))
      }
      return ok({ range: input.range, from: window.from, to: window.to, period, items })
    },
  }),
}
