import type { Actor } from '@core/identity/actor'
import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import type { Result } from '@core/shared/result'
import { addMinutes } from '@core/shared/time'

/** People and a round-the-clock SLA (15 min response for urgent, 30 for normal) for screen-level rules. */
export const resident: Actor = { openid: 'resident-1', role: 'resident', unitId: '1-101', name: '王女士' }
export const neighbour: Actor = { openid: 'resident-2', role: 'resident', unitId: '2-202', name: '陈先生' }
export const staff: Actor = { openid: 'staff-1', role: 'maintenance', unitId: null, name: '李师傅' }
export const manager: Actor = { openid: 'admin-1', role: 'manager', unitId: null, name: '刘经理' }

// 10:00 in Shanghai.
export const T0 = '2026-11-27T02:00:00.000Z'
export const at = (minutes: number) => addMinutes(T0, minutes)

export const rules = new SlaRules({
  ...DEFAULT_SLA_POLICY,
  defaults: {
    urgent: { response: 15, arrival: 60, resolution: 240 },
    normal: { response: 30, arrival: 240, resolution: 24 * 60 },
  },
  serviceHours: { ...DEFAULT_SLA_POLICY.serviceHours, opensAt: '00:00', closesAt: '24:00' },
})

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

/** A normal plumbing job 王女士 submitted at T0, in the pool. */
export function submitted(): WorkOrder {
  const input = { id: 'o1', category: 'plumbing', priority: 'normal', description: '厨房漏水', photos: [] } as const
  return value(createWorkOrder(input, resident, T0, rules, { mode: 'pool', gridId: null, gridOwner: null }))
}
