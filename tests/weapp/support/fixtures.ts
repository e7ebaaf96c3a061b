import type { Actor } from '@core/identity/actor'
import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { accept, createWorkOrder, start } from '@core/repair/work-order.machine'
import { householdView } from '@core/visitor/pass-views'
import type { HouseholdPass } from '@core/visitor/visitor-pass'
import { createPass } from '@core/visitor/visitor-pass.machine'

export const RESIDENT: Actor = { openid: 'resident-1', role: 'resident', unitId: '1-101', name: '王女士' }
const STAFF: Actor = { openid: 'staff-1', role: 'maintenance', unitId: null, name: '李师傅' }

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** A real order built by the core machine (so the fixture cannot drift from the type): in progress. */
export function orderInProgress(now = new Date().toISOString()): WorkOrder {
  const rules = new SlaRules(DEFAULT_SLA_POLICY)
  const created = unwrap(
    createWorkOrder(
      { id: 'wo-smoke-1', category: 'plumbing', priority: 'urgent', description: '厨房水管漏水', photos: [] },
      RESIDENT,
      now,
      rules,
      { mode: 'pool', gridId: null, gridOwner: null },
    ),
  )
  return unwrap(start(unwrap(accept(created, STAFF, now, rules)), STAFF, now, rules))
}

/** A visitor pass booked by the fixture resident, valid for the next four hours. */
export function visitorPass(now = new Date().toISOString()): HouseholdPass {
  const validUntil = new Date(Date.parse(now) + 4 * 3600_000).toISOString()
  const pass = unwrap(
    createPass(
      { id: 'vp-smoke-1', token: 'aB3_-xYz0123456789abcQ', shortCode: 'ABCD2345', visitorName: '张三', visitorPhone: '13812340001', validFrom: now, validUntil, maxEntries: 1 },
      RESIDENT,
      now,
    ),
  )
  return householdView(pass, now)
}
