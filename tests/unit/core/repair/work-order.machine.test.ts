import type { Actor } from '@core/identity/actor'
import { DEFAULT_SLA_POLICY } from '@core/repair/sla'
import { accept, createWorkOrder, flagBreaches } from '@core/repair/work-order.machine'
import { addMinutes } from '@core/shared/time'

const resident: Actor = { openid: 'resident-1', role: 'resident', unitId: '1-101', name: '王女士' }
const staff: Actor = { openid: 'staff-1', role: 'maintenance', unitId: null, name: '李师傅' }
const T0 = '2026-11-27T02:00:00.000Z'

describe('work order', () => {
  it('a normal job accepted 12 minutes after submission has a 12-minute response', () => {
    const order = createWorkOrder(
      { id: 'o1', category: 'plumbing', priority: 'normal', description: '厨房漏水', photos: [] },
      resident,
      T0,
      DEFAULT_SLA_POLICY,
    )
    const accepted = accept(order, staff, addMinutes(T0, 12))
    expect(accepted.ok && accepted.value.durations.responseMinutes).toBe(12)
  })

  it('a normal job left unaccepted for 31 minutes is flagged once', () => {
    const order = createWorkOrder(
      { id: 'o1', category: 'plumbing', priority: 'normal', description: '厨房漏水', photos: [] },
      resident,
      T0,
      DEFAULT_SLA_POLICY,
    )
    const first = flagBreaches(order, addMinutes(T0, 31))
    expect(first.flagged).toEqual(['response'])
    expect(flagBreaches(first.order, addMinutes(T0, 32)).flagged).toEqual([])
  })
})
