import { rehearseSchema } from '@core/estate/rehearsal.schemas'
import type { SlaPolicy } from '@core/repair/sla'
import { ok } from '@core/shared/result'
import { addMinutes } from '@core/shared/time'
import { HISTORY_DAYS, MIN_ORDERS, trafficFromOrders } from '../../../sim/estate-traffic'
import { PEOPLE } from '../../../sim/model'
import { rehearse, type Staffing } from '../../../sim/rehearsal'
import { action } from '../action'
import { loadSettings } from '../estate/estate-settings'
import { findStaff } from '../identity/people.repository'
import { ordersSubmitted } from '../kpi/kpi.actions'

const withPromises = (sla: SlaPolicy, promises: { response: number; resolution: number }): SlaPolicy => ({
  ...sla,
  defaults: { ...sla.defaults, normal: { ...sla.defaults.normal, ...promises } },
})

const described = (s: Staffing) => ({
  workers: s.workers,
  shifts: s.shifts,
  promises: { response: s.sla.defaults.normal.response, resolution: s.sla.defaults.normal.resolution },
})

/**
 * 演练: the next month predicted for the current staffing and for the manager's choice, side by
 * side, from this estate's own last 90 days of orders (or the model's typical estate when there are
 * too few). Runs the simulation's people on the light estate (sim/light-estate.ts): a month through
 * the real handlers takes 10+ s and needs a scratch database; this takes well under a second. Reads
 * only; writes nothing.
 */
export const rehearsalActions = {
  rehearse: action({
    roles: ['manager'],
    input: rehearseSchema,
    async run(input, ctx) {
      const [settings, staff, units, past] = await Promise.all([
        loadSettings(ctx.store),
        findStaff(ctx.store, ['maintenance']),
        ctx.store.collection('units').count({}),
        ordersSubmitted(ctx.store, { gte: addMinutes(ctx.now, -HISTORY_DAYS * 24 * 60), lte: ctx.now }),
      ])
      const traffic = trafficFromOrders(past.items, units, ctx.now)
      const current: Staffing = { workers: Math.max(1, staff.length), shifts: PEOPLE.shifts, sla: settings.sla }
      const proposed: Staffing = {
        workers: input.workers,
        shifts: input.shifts,
        sla: withPromises(settings.sla, input.promises),
      }
      const options = { traffic, seed: input.seed }
      const [now, then] = [await rehearse(current, options), await rehearse(proposed, options)]
      return ok({
        basis: {
          orders: traffic.orders,
          fromEstate: traffic.fromEstate,
          minOrders: MIN_ORDERS,
          historyDays: HISTORY_DAYS,
          units: traffic.units,
          perDay: Math.round(((traffic.model.reportsPerUnitPerYear * traffic.units) / 365) * 10) / 10,
        },
        current: { ...described(current), figures: now },
        proposed: { ...described(proposed), figures: then },
      })
    },
  }),
}
