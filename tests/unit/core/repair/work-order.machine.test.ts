import type { Actor } from '@core/identity/actor'
import { DEFAULT_SLA_POLICY, SlaRules, type SlaPolicy } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import {
  accept,
  assign,
  cancel,
  complete,
  confirm,
  reopen,
  start,
  sweepOrder,
  transfer,
} from '@core/repair/work-order.machine'
import { TRANSITIONS } from '@core/repair/work-order.transitions'
import { canView } from '@core/repair/work-order.visibility'
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

// Service round the clock, so these rules read in plain minutes; service hours have their own tests.
const ALWAYS: SlaPolicy = {
  ...DEFAULT_SLA_POLICY,
  defaults: {
    urgent: { response: 15, arrival: 60, resolution: 240 },
    normal: { response: 30, arrival: 240, resolution: 24 * 60 },
  },
  serviceHours: { ...DEFAULT_SLA_POLICY.serviceHours, opensAt: '00:00', closesAt: '24:00' },
}
const rules = new SlaRules(ALWAYS)
const POOL = { mode: 'pool', gridId: null, gridOwner: null } as const

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

function submitted(priority: 'normal' | 'urgent' = 'normal', policy: SlaPolicy = ALWAYS): WorkOrder {
  const input = { id: 'o1', category: 'plumbing', priority, description: '厨房漏水', photos: [] } as const
  return value(createWorkOrder(input, resident, T0, new SlaRules(policy), POOL))
}

const accepted = () => value(accept(submitted(), staff, at(5), rules))
const inProgress = () => value(start(accepted(), staff, at(20), rules))
const completed = () => value(complete(inProgress(), staff, at(60), rules, { note: '换了阀门' }))
const breachesAt = (order: WorkOrder, now: string) =>
  sweepOrder(order, now, rules)
    .fired.filter((f) => f.step === 'overdue')
    .map((f) => f.timer)

describe('a new work order', () => {
  it('belongs to the household that submitted it and waits in the pool', () => {
    const order = submitted()
    expect(order).toMatchObject({
      status: 'submitted',
      unitId: '1-101',
      residentOpenid: 'resident-1',
      assigneeOpenid: null,
      inPool: true,
    })
    expect(order.timeline).toEqual([{ type: 'created', at: T0, by: 'resident-1' }])
  })

  it('promises a response, an arrival and a resolution', () => {
    expect(submitted('normal').deadlines).toEqual({ response: at(30), arrival: at(240), resolution: at(24 * 60) })
    expect(submitted('urgent').deadlines).toEqual({ response: at(15), arrival: at(60), resolution: at(240) })
  })

  it('a category may carry its own promise', () => {
    const windows = { response: 20, arrival: 60, resolution: 120 }
    const policy: SlaPolicy = { ...ALWAYS, byCategory: { plumbing: { normal: windows } } }
    expect(submitted('normal', policy).deadlines).toEqual({ response: at(20), arrival: at(60), resolution: at(120) })
  })

  it('is next looked at when the response warning falls due (80% of the window)', () => {
    expect(submitted().nextCheckAt).toBe(at(24))
  })

  it('dispatched to its grid owner, it is not in the pool and names the owner in the timeline', () => {
    const input = { id: 'o2', category: 'electrical', priority: 'normal', description: '跳闸', photos: [] } as const
    const order = value(
      createWorkOrder(input, resident, T0, rules, { mode: 'grid', gridId: 'g1', gridOwner: otherStaff }),
    )
    expect(order).toMatchObject({ assigneeOpenid: 'staff-2', inPool: false, gridId: 'g1', status: 'submitted' })
    expect(order.timeline[1]).toEqual({ type: 'dispatched', at: T0, by: 'system', note: '张师傅' })
  })

  it('left for the office to dispatch, no worker can grab it', () => {
    const input = { id: 'o3', category: 'elevator', priority: 'urgent', description: '电梯困人', photos: [] } as const
    const order = value(createWorkOrder(input, resident, T0, rules, { mode: 'manager', gridId: null, gridOwner: null }))
    expect(order.inPool).toBe(false)
    expect(accept(order, staff, at(1), rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses a preferred visiting slot already over', () => {
    const input = {
      id: 'o4',
      category: 'other',
      priority: 'normal',
      description: '装灯',
      photos: [],
      preferredSlot: { from: at(-120), to: at(-60) },
    } as const
    expect(createWorkOrder(input, resident, T0, rules, POOL)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
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
  it('records who took it, when, the response time in whole minutes and that the promise was kept', () => {
    const order = value(accept(submitted(), staff, addMinutes(at(12), 0.5), rules))
    expect(order).toMatchObject({
      status: 'accepted',
      assigneeOpenid: 'staff-1',
      assigneeName: '李师傅',
      firstResponderOpenid: 'staff-1',
    })
    expect(order.durations.responseMinutes).toBe(12)
    expect(order.outcomes.response).toEqual({ met: true, marginMinutes: 18 })
    expect(order.timeline.at(-1)).toEqual({ type: 'accepted', at: addMinutes(at(12), 0.5), by: 'staff-1' })
  })

  it('once taken, a second worker gets CONFLICT', () => {
    expect(accept(accepted(), otherStaff, at(6), rules)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('only maintenance staff may grab', () => {
    expect(accept(submitted(), resident, at(1), rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(accept(submitted(), guard, at(1), rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a job accepted after its response deadline is flagged late at that moment, 15 minutes over', () => {
    const order = value(accept(submitted(), staff, at(45), rules))
    expect(order.overdue.response).toBe(at(45))
    expect(order.outcomes.response).toEqual({ met: false, marginMinutes: -15 })
    expect(order.timeline.map((e) => e.type)).toEqual(['created', 'response_overdue', 'accepted'])
  })

  it('a cancelled job cannot be accepted or started', () => {
    const cancelled = value(cancel(submitted(), resident, at(2), rules))
    expect(accept(cancelled, staff, at(3), rules)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(start(cancelled, staff, at(3), rules)).toMatchObject({ ok: false })
  })
})

describe('working the job', () => {
  it('only the assignee starts and completes it', () => {
    expect(start(accepted(), otherStaff, at(6), rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(complete(inProgress(), otherStaff, at(21), rules, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('starting work stops the arrival clock', () => {
    const order = inProgress()
    expect(order.durations.arrivalMinutes).toBe(20)
    expect(order.outcomes.arrival).toEqual({ met: true, marginMinutes: 220 })
  })

  it('cannot complete a job that was never started', () => {
    expect(complete(accepted(), staff, at(6), rules, {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })

  it("completion records the resolution time, the note and the photos, and ends the sweep's interest", () => {
    const done = value(complete(inProgress(), staff, at(95), rules, { note: '换了阀门', photos: ['f1'] }))
    expect(done).toMatchObject({
      status: 'completed',
      completedAt: at(95),
      completionNote: '换了阀门',
      completionPhotos: ['f1'],
    })
    expect(done.durations).toMatchObject({ responseMinutes: 5, arrivalMinutes: 20, resolutionMinutes: 95 })
    expect(done.nextCheckAt).toBeNull()
  })
})

describe('handover', () => {
  it("a transfer changes the assignee but keeps the first responder as the resident's contact", () => {
    const moved = value(transfer(inProgress(), staff, otherStaff, '需要电工', at(30), rules))
    expect(moved).toMatchObject({
      status: 'in_progress',
      assigneeOpenid: 'staff-2',
      firstResponderOpenid: 'staff-1',
      firstResponderName: '李师傅',
    })
    expect(moved.timeline.at(-1)).toEqual({
      type: 'transferred',
      at: at(30),
      by: 'staff-1',
      note: '李师傅 → 张师傅：需要电工',
    })
    expect(canView(moved, staff)).toBe(true)
  })

  it('only the assignee or a manager hands over, and only to a worker', () => {
    expect(transfer(inProgress(), otherStaff, staff, '我来', at(30), rules)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(transfer(inProgress(), staff, guard, '给保安', at(30), rules)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(value(transfer(inProgress(), manager, otherStaff, '调度', at(30), rules)).assigneeOpenid).toBe('staff-2')
  })
})

describe('closing the loop', () => {
  it('anyone of the household confirms with a rating, which closes the order', () => {
    const closed = value(confirm(completed(), family, at(120), rules, { stars: 4, comment: '很及时' }))
    expect(closed).toMatchObject({ status: 'closed', closedAt: at(120), rating: { stars: 4, comment: '很及时' } })
  })

  it('another household or the worker cannot confirm', () => {
    expect(confirm(completed(), neighbour, at(120), rules, { stars: 5 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(confirm(completed(), staff, at(120), rules, { stars: 5 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('a reopen sends the job back, counts it, and restarts the resolution clock from the reopen', () => {
    const reopened = value(reopen(completed(), resident, at(120), rules, '还在漏'))
    expect(reopened).toMatchObject({ status: 'in_progress', completedAt: null, reopenCount: 1 })
    expect(reopened.deadlines.resolution).toBe(at(120 + 24 * 60))
    expect(reopened.durations.resolutionMinutes).toBeNull()
    expect(reopened.timeline.at(-1)).toEqual({ type: 'reopened', at: at(120), by: 'resident-1', note: '还在漏' })

    const again = value(complete(reopened, staff, at(200), rules, {}))
    expect(again.durations.resolutionMinutes).toBe(80)
    expect(value(reopen(again, resident, at(210), rules, '仍然漏')).reopenCount).toBe(2)
  })

  it('a reopened job that had breached its resolution deadline gets a fresh ladder, not a replay', () => {
    const late = value(complete(inProgress(), staff, at(25 * 60), rules, {}))
    expect(late.overdue.resolution).toBe(at(25 * 60))
    const reopened = value(reopen(late, resident, at(26 * 60), rules, '没修好'))
    expect(reopened.overdue.resolution).toBeNull()
    expect(reopened.warned.resolution).toBeNull()
    expect(sweepOrder(reopened, at(26 * 60 + 1), rules).fired).toEqual([])
    expect(reopened.nextCheckAt).toBe(addMinutes(at(26 * 60), 24 * 60 * 0.8))
  })

  it('a closed order cannot be reopened', () => {
    const closed = value(confirm(completed(), resident, at(120), rules, { stars: 5 }))
    expect(reopen(closed, resident, at(130), rules, '又坏了')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })
})

describe('cancelling', () => {
  it('the household may withdraw before anyone accepted', () => {
    const cancelled = value(cancel(submitted(), family, at(3), rules, '已自行解决'))
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: at(3), nextCheckAt: null, inPool: false })
    expect(cancelled.timeline.at(-1)).toMatchObject({ type: 'cancelled', note: '已自行解决' })
  })

  it('after acceptance only a manager may cancel, and nobody after completion', () => {
    expect(cancel(accepted(), resident, at(6), rules)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
    expect(cancel(accepted(), staff, at(6), rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(value(cancel(accepted(), manager, at(6), rules)).status).toBe('cancelled')
    expect(cancel(completed(), manager, at(70), rules)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })
})

describe('dispatch by a manager', () => {
  it('dispatching a waiting job hands it to the worker, whose acceptance is the response', () => {
    const order = value(assign(submitted(), manager, otherStaff, at(8), rules))
    expect(order).toMatchObject({ status: 'submitted', assigneeOpenid: 'staff-2', inPool: false, acceptedAt: null })
    expect(order.timeline.at(-1)).toEqual({ type: 'assigned', at: at(8), by: 'admin-1', note: '张师傅' })
    expect(accept(order, staff, at(9), rules)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(value(accept(order, otherStaff, at(10), rules)).durations.responseMinutes).toBe(10)
  })

  it('reassigning a job in progress keeps its status and its first response', () => {
    const order = value(assign(inProgress(), manager, otherStaff, at(40), rules))
    expect(order).toMatchObject({
      status: 'in_progress',
      assigneeOpenid: 'staff-2',
      acceptedAt: at(5),
      firstResponderOpenid: 'staff-1',
    })
  })

  it('only to maintenance staff, and only by a manager', () => {
    expect(assign(submitted(), manager, guard, at(1), rules)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(assign(submitted(), staff, otherStaff, at(1), rules)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('breach flags', () => {
  it('a normal job unanswered at 30 minutes is flagged at that moment, not before', () => {
    expect(breachesAt(submitted(), addMinutes(at(30), -1 / 60))).toEqual([])
    expect(breachesAt(submitted(), at(30))).toEqual(['response'])
  })

  it('a completed job breaches nothing more', () => {
    expect(sweepOrder(completed(), at(48 * 60), rules).fired).toEqual([])
  })
})

describe('who sees an order', () => {
  it('the household, managers, staff while it is in the pool, then only its assignee', () => {
    const order = submitted()
    expect([resident, family, manager, staff, otherStaff].every((a) => canView(order, a))).toBe(true)
    expect(canView(order, neighbour)).toBe(false)
    expect(canView(order, guard)).toBe(false)
    const taken = value(accept(order, staff, at(1), rules))
    expect(canView(taken, staff)).toBe(true)
    expect(canView(taken, otherStaff)).toBe(false)
  })
})
