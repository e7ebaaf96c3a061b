import type { Actor } from '@core/identity/actor'
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import {
  accept,
  assign,
  cancel,
  canView,
  complete,
  confirm,
  createWorkOrder,
  flagBreaches,
  reopen,
  start,
  TRANSITIONS,
} from '@core/repair/work-order.machine'
import type { Result } from '@core/shared/result'
import { addMinutes } from '@core/shared/time'

const resident: Actor = { openid: 'resident-1', role: 'resident', unitId: '1-101', name: '王女士' }
const neighbour: Actor = { openid: 'resident-2', role: 'resident', unitId: '2-202', name: '陈先生' }
const family: Actor = { openid: 'resident-1b', role: 'resident', unitId: '1-101', name: '王先生' }
const staff: Actor = { openid: 'staff-1', role: 'maintenance', unitId: null, name: '李师傅' }
const otherStaff: Actor = { openid: 'staff-2', role: 'maintenance', unitId: null, name: '张师傅' }
const manager: Actor = { openid: 'admin-1', role: 'manager', unitId: null, name: '刘经理' }
const guard: Actor = { openid: 'guard-1', role: 'guard', unitId: null, name: '赵保安' }

// 10:00 in Shanghai.
const T0 = '2026-11-27T02:00:00.000Z'
const at = (minutes: number) => addMinutes(T0, minutes)

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

function submitted(priority: 'normal' | 'urgent' = 'normal', policy: SlaPolicy = DEFAULT_SLA_POLICY): WorkOrder {
  return createWorkOrder({ id: 'o1', category: 'plumbing', priority, description: '厨房漏水', photos: [] }, resident, T0, policy)
}

const inProgress = () => value(start(value(accept(submitted(), staff, at(5))), staff, at(20)))
const completed = () => value(complete(inProgress(), staff, at(60), { note: '换了阀门' }))

describe('a new work order', () => {
  it('belongs to the household that submitted it and waits in the pool', () => {
    const order = submitted()
    expect(order).toMatchObject({ status: 'submitted', unitId: '1-101', residentOpenid: 'resident-1', assigneeOpenid: null })
    expect(order.timeline).toEqual([{ type: 'created', at: T0, by: 'resident-1' }])
  })

  it('a normal job must be answered within 30 minutes and resolved within 24 hours', () => {
    expect(submitted('normal').deadlines).toEqual({ response: at(30), resolution: at(24 * 60) })
  })

  it('an urgent job must be answered within 15 minutes and resolved within 4 hours', () => {
    expect(submitted('urgent').deadlines).toEqual({ response: at(15), resolution: at(240) })
  })

  it('a category may carry its own promise', () => {
    const policy: SlaPolicy = { ...DEFAULT_SLA_POLICY, byCategory: { plumbing: { normal: { response: 20, resolution: 120 } } } }
    expect(submitted('normal', policy).deadlines).toEqual({ response: at(20), resolution: at(120) })
  })

  it('is next checked at its response deadline', () => {
    expect(submitted().nextCheckAt).toBe(at(30))
  })
})

describe('the transition table', () => {
  it('allows reopening only a completed job, back to in progress', () => {
    expect(TRANSITIONS.reopen).toEqual({ completed: 'in_progress' })
  })

  it('never leaves closed or cancelled', () => {
    for (const table of Object.values(TRANSITIONS)) {
      expect(table).not.toHaveProperty('closed')
      expect(table).not.toHaveProperty('cancelled')
    }
  })
})

describe('accepting', () => {
  it('records who took it, when, and the response time in whole minutes', () => {
    const order = value(accept(submitted(), staff, addMinutes(at(12), 0.5)))
    expect(order).toMatchObject({ status: 'accepted', assigneeOpenid: 'staff-1', assigneeName: '李师傅', acceptedAt: addMinutes(at(12), 0.5) })
    expect(order.durations.responseMinutes).toBe(12)
    expect(order.timeline.at(-1)).toEqual({ type: 'accepted', at: addMinutes(at(12), 0.5), by: 'staff-1' })
  })

  it('once taken, a second worker gets CONFLICT', () => {
    const taken = value(accept(submitted(), staff, at(3)))
    expect(accept(taken, otherStaff, at(4))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('only maintenance staff may grab', () => {
    expect(accept(submitted(), resident, at(1))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(accept(submitted(), guard, at(1))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a job accepted after its response deadline is flagged late at that moment', () => {
    const order = value(accept(submitted(), staff, at(45)))
    expect(order.overdue.response).toBe(at(45))
    expect(order.timeline.map((e) => e.type)).toEqual(['created', 'response_overdue', 'accepted'])
    expect(order.nextCheckAt).toBe(at(24 * 60))
  })

  it('a cancelled job cannot be accepted', () => {
    const cancelled = value(cancel(submitted(), resident, at(2)))
    expect(accept(cancelled, staff, at(3))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(start(cancelled, staff, at(3))).toMatchObject({ ok: false })
  })
})

describe('working the job', () => {
  it('only the assignee starts and completes it', () => {
    const accepted = value(accept(submitted(), staff, at(5)))
    expect(start(accepted, otherStaff, at(6))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const started = value(start(accepted, staff, at(6)))
    expect(complete(started, otherStaff, at(7), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('cannot complete a job that was never started', () => {
    const accepted = value(accept(submitted(), staff, at(5)))
    expect(complete(accepted, staff, at(6), {})).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('completion records the resolution time, the note and the photos', () => {
    const done = value(complete(inProgress(), staff, at(95), { note: '换了阀门', photos: ['f1'] }))
    expect(done).toMatchObject({ status: 'completed', completedAt: at(95), completionNote: '换了阀门', completionPhotos: ['f1'] })
    expect(done.durations).toEqual({ responseMinutes: 5, resolutionMinutes: 95 })
    expect(done.nextCheckAt).toBeNull()
  })
})

describe('closing the loop', () => {
  it('anyone of the household confirms with a rating, which closes the order', () => {
    const closed = value(confirm(completed(), family, at(120), { stars: 4, comment: '很及时' }))
    expect(closed).toMatchObject({ status: 'closed', closedAt: at(120), rating: { stars: 4, comment: '很及时' } })
  })

  it('another household or the worker cannot confirm', () => {
    expect(confirm(completed(), neighbour, at(120), { stars: 5 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(confirm(completed(), staff, at(120), { stars: 5 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a reopen sends the job back, counts it, and restarts the resolution clock from the reopen', () => {
    const reopened = value(reopen(completed(), resident, at(120), '还在漏', DEFAULT_SLA_POLICY))
    expect(reopened).toMatchObject({ status: 'in_progress', completedAt: null, reopenCount: 1 })
    expect(reopened.deadlines).toEqual({ response: at(30), resolution: at(120 + 24 * 60) })
    expect(reopened.durations.resolutionMinutes).toBeNull()
    expect(reopened.timeline.at(-1)).toEqual({ type: 'reopened', at: at(120), by: 'resident-1', note: '还在漏' })

    const again = value(complete(reopened, staff, at(200), {}))
    expect(again.durations.resolutionMinutes).toBe(200)
    expect(value(reopen(again, resident, at(210), '仍然漏', DEFAULT_SLA_POLICY)).reopenCount).toBe(2)
  })

  it('a reopened job that had breached its resolution deadline gets a fresh one to breach', () => {
    const late = value(complete(inProgress(), staff, at(25 * 60), {}))
    expect(late.overdue.resolution).toBe(at(25 * 60))
    const reopened = value(reopen(late, resident, at(26 * 60), '没修好', DEFAULT_SLA_POLICY))
    expect(reopened.overdue.resolution).toBeNull()
    expect(reopened.nextCheckAt).toBe(at(50 * 60))
  })

  it('a closed order cannot be reopened', () => {
    const closed = value(confirm(completed(), resident, at(120), { stars: 5 }))
    expect(reopen(closed, resident, at(130), '又坏了', DEFAULT_SLA_POLICY)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})

describe('cancelling', () => {
  it('the household may withdraw before anyone accepted', () => {
    const cancelled = value(cancel(submitted(), family, at(3), '已自行解决'))
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: at(3), nextCheckAt: null })
    expect(cancelled.timeline.at(-1)).toMatchObject({ type: 'cancelled', note: '已自行解决' })
  })

  it('after acceptance only a manager may cancel, and nobody after completion', () => {
    const accepted = value(accept(submitted(), staff, at(5)))
    expect(cancel(accepted, resident, at(6))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(cancel(accepted, staff, at(6))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(value(cancel(accepted, manager, at(6))).status).toBe('cancelled')
    expect(cancel(completed(), manager, at(70))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})

describe('assignment by a manager', () => {
  it('assigning a waiting job counts as its response', () => {
    const order = value(assign(submitted(), manager, otherStaff, at(8)))
    expect(order).toMatchObject({ status: 'accepted', assigneeOpenid: 'staff-2', acceptedAt: at(8) })
    expect(order.durations.responseMinutes).toBe(8)
    expect(order.timeline.at(-1)).toEqual({ type: 'assigned', at: at(8), by: 'admin-1', note: '张师傅' })
  })

  it('reassigning a job in progress keeps its status and its first response time', () => {
    const order = value(assign(inProgress(), manager, otherStaff, at(40)))
    expect(order).toMatchObject({ status: 'in_progress', assigneeOpenid: 'staff-2', acceptedAt: at(5) })
    expect(order.durations.responseMinutes).toBe(5)
  })

  it('only to maintenance staff, and only by a manager', () => {
    expect(assign(submitted(), manager, guard, at(1))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(assign(submitted(), staff, otherStaff, at(1))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('breach flags', () => {
  it('a normal job unanswered at 30 minutes is flagged at that moment, not before', () => {
    expect(flagBreaches(submitted(), addMinutes(at(30), -1 / 60)).flagged).toEqual([])
    expect(flagBreaches(submitted(), at(30)).flagged).toEqual(['response'])
  })

  it('flags both timers at once when both have run out, once each', () => {
    const { order, flagged } = flagBreaches(submitted(), at(25 * 60))
    expect(flagged).toEqual(['response', 'resolution'])
    expect(order.nextCheckAt).toBeNull()
    expect(flagBreaches(order, at(26 * 60)).flagged).toEqual([])
  })

  it('a completed job breaches nothing more', () => {
    expect(flagBreaches(completed(), at(48 * 60)).flagged).toEqual([])
  })
})

describe('who sees an order', () => {
  it('the household, managers, staff while it is in the pool, then only its assignee', () => {
    const order = submitted()
    expect([resident, family, manager, staff, otherStaff].every((a) => canView(order, a))).toBe(true)
    expect(canView(order, neighbour)).toBe(false)
    expect(canView(order, guard)).toBe(false)
    const taken = value(accept(order, staff, at(1)))
    expect(canView(taken, staff)).toBe(true)
    expect(canView(taken, otherStaff)).toBe(false)
  })
})
