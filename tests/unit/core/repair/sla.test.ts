import type { Actor } from '@core/identity/actor'
import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import type { Priority, WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { accept, complete, hold, reopen, resume, start, sweepOrder } from '@core/repair/work-order.machine'
import type { Result } from '@core/shared/result'

// Every time here is written in Shanghai time, as the estate reads it.
const sh = (local: string) => new Date(`${local}+08:00`).toISOString()
const resident: Actor = { openid: 'resident-1', role: 'resident', unitId: '1-101', name: '王女士' }
const staff: Actor = { openid: 'staff-1', role: 'maintenance', unitId: null, name: '李师傅' }
const rules = new SlaRules(DEFAULT_SLA_POLICY)

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

function submitAt(local: string, priority: Priority = 'normal', sla = rules): WorkOrder {
  const input = { id: 'o1', category: 'plumbing', priority, description: '漏水', photos: [] } as const
  return value(createWorkOrder(input, resident, sh(local), sla, { mode: 'pool', gridId: null, gridOwner: null }))
}

/** Local times each minute from 10:00 on 2026-11-27. */
const everyMinute = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `2026-11-27T${String(10 + Math.floor(i / 60))}:${String(i % 60).padStart(2, '0')}:00`,
  )

/** Runs the sweep at each time in turn, as the every-minute timer would, collecting what fired. */
function sweepAt(order: WorkOrder, times: string[]) {
  const fired: string[] = []
  let current = order
  for (const t of times) {
    const swept = sweepOrder(current, sh(t), rules)
    current = swept.order
    fired.push(...swept.fired.map((f) => `${f.timer}_${f.step}`))
  }
  return { order: current, fired }
}

describe('deadlines in service hours (08:00-20:00)', () => {
  it.each([
    [
      'a normal job at 19:50 is due for response at 08:20 the next service day',
      '2026-11-27T19:50:00',
      'normal',
      '2026-11-28T08:20:00',
    ],
    ['an urgent one at 20:05 is due at 20:20 the same night', '2026-11-27T20:05:00', 'urgent', '2026-11-27T20:20:00'],
    ['a normal job at 03:00 is due at 08:30', '2026-11-27T03:00:00', 'normal', '2026-11-27T08:30:00'],
    ['a normal job at 10:00 is due at 10:30', '2026-11-27T10:00:00', 'normal', '2026-11-27T10:30:00'],
  ] as const)('%s', (_rule, submitted, priority, due) => {
    expect(submitAt(submitted, priority).deadlines.response).toBe(sh(due))
  })

  it('a holiday is skipped and a make-up working day counted', () => {
    const office = new SlaRules({
      ...DEFAULT_SLA_POLICY,
      serviceHours: {
        ...DEFAULT_SLA_POLICY.serviceHours,
        weekdays: [1, 2, 3, 4, 5],
        holidays: ['2026-10-01'],
        makeUpDays: ['2026-10-10'],
      },
    })
    expect(submitAt('2026-09-30T19:50:00', 'normal', office).deadlines.response).toBe(sh('2026-10-02T08:20:00'))
    // 2026-10-09 is a Friday and 2026-10-10 a make-up Saturday.
    expect(submitAt('2026-10-09T19:50:00', 'normal', office).deadlines.response).toBe(sh('2026-10-10T08:20:00'))
  })

  it('measures a response in business minutes and keeps the wall-clock figure too', () => {
    const order = value(accept(submitAt('2026-11-27T19:50:00'), staff, sh('2026-11-28T08:05:00'), rules))
    expect(order.durations.responseMinutes).toBe(15)
    expect(order.durations.wallMinutes.response).toBe(12 * 60 + 15)
    expect(order.outcomes.response).toEqual({ met: true, marginMinutes: 15 })
  })
})

describe('holds', () => {
  const working = () =>
    value(
      start(
        value(accept(submitAt('2026-11-27T09:00:00'), staff, sh('2026-11-27T09:10:00'), rules)),
        staff,
        sh('2026-11-27T09:40:00'),
        rules,
      ),
    )

  it('a 2-hour hold moves the resolution deadline by 2 business hours', () => {
    const before = working().deadlines.resolution
    expect(before).toBe(sh('2026-11-28T09:00:00'))
    const held = value(hold(working(), staff, sh('2026-11-27T10:00:00'), rules, { reason: 'parts' }))
    expect(held.status).toBe('on_hold')
    const resumed = value(resume(held, staff, sh('2026-11-27T12:00:00'), rules))
    expect(resumed.status).toBe('in_progress')
    expect(resumed.deadlines.resolution).toBe(sh('2026-11-28T11:00:00'))
    expect(resumed.timeline.slice(-2).map((e) => [e.type, e.note])).toEqual([
      ['held', '等待配件'],
      ['resumed', undefined],
    ])
  })

  it('a hold over the night costs only its service hours', () => {
    const held = value(hold(working(), staff, sh('2026-11-27T19:00:00'), rules, { reason: 'resident_unavailable' }))
    const resumed = value(resume(held, staff, sh('2026-11-28T09:00:00'), rules))
    expect(resumed.deadlines.resolution).toBe(sh('2026-11-28T11:00:00'))
  })

  it('time on hold is left out of the measured resolution', () => {
    const held = value(hold(working(), staff, sh('2026-11-27T10:00:00'), rules, { reason: 'parts' }))
    const resumed = value(resume(held, staff, sh('2026-11-27T12:00:00'), rules))
    const done = value(complete(resumed, staff, sh('2026-11-27T13:00:00'), rules, {}))
    expect(done.durations.resolutionMinutes).toBe(120)
    expect(done.durations.wallMinutes.resolution).toBe(240)
  })

  it('no ladder step fires while on hold, and a hold with an end resumes itself on the sweep', () => {
    const held = value(
      hold(working(), staff, sh('2026-11-27T10:00:00'), rules, { reason: 'parts', until: sh('2026-11-28T10:00:00') }),
    )
    expect(held.nextCheckAt).toBe(sh('2026-11-28T10:00:00'))
    expect(sweepOrder(held, sh('2026-11-28T09:59:00'), rules)).toMatchObject({ fired: [], resumed: false })
    const { order, resumed } = sweepOrder(held, sh('2026-11-28T10:00:00'), rules)
    expect(resumed).toBe(true)
    expect(order.status).toBe('in_progress')
    expect(order.timeline.at(-1)).toMatchObject({ type: 'resumed', by: 'system' })
    // 1 business hour used before the hold; 11 left from 10:00 on the 28th.
    expect(order.deadlines.resolution).toBe(sh('2026-11-29T09:00:00'))
  })

  it('only a job someone holds can be put on hold, and not into the past', () => {
    expect(
      hold(submitAt('2026-11-27T09:00:00'), staff, sh('2026-11-27T09:05:00'), rules, { reason: 'parts' }),
    ).toMatchObject({ ok: false })
    expect(
      hold(working(), staff, sh('2026-11-27T10:00:00'), rules, { reason: 'other', until: sh('2026-11-27T09:00:00') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
  })
})

describe('the escalation ladder', () => {
  it('warning, breach and manager escalation of the response each fire exactly once however often the sweep runs', () => {
    const { fired, order } = sweepAt(submitAt('2026-11-27T10:00:00'), [...everyMinute(90), ...everyMinute(90)])
    expect(fired.filter((f) => f.startsWith('response_'))).toEqual([
      'response_warning',
      'response_overdue',
      'response_escalated',
    ])
    expect(order.warned.response).toBe(sh('2026-11-27T10:24:00'))
    expect(order.overdue.response).toBe(sh('2026-11-27T10:30:00'))
    expect(order.escalated.response).toBe(sh('2026-11-27T11:00:00'))
  })

  it('a sweep that comes late announces only the highest step due', () => {
    const { fired, order } = sweepAt(submitAt('2026-11-27T10:00:00'), ['2026-11-27T10:45:00'])
    expect(fired).toEqual(['response_overdue'])
    expect(order.warned.response).toBe(sh('2026-11-27T10:45:00'))
  })

  it('accepting in time stops the response ladder; the resolution ladder runs on', () => {
    const taken = value(accept(submitAt('2026-11-27T10:00:00'), staff, sh('2026-11-27T10:10:00'), rules))
    expect(sweepAt(taken, ['2026-11-27T11:00:00']).fired).toEqual([])
    expect(taken.nextCheckAt).toBe(sh('2026-11-27T13:12:00'))
  })

  it('a resume recomputes the ladder from the moved deadline instead of replaying it', () => {
    const working = value(
      start(
        value(accept(submitAt('2026-11-27T10:00:00', 'urgent'), staff, sh('2026-11-27T10:05:00'), rules)),
        staff,
        sh('2026-11-27T10:30:00'),
        rules,
      ),
    )
    const held = value(hold(working, staff, sh('2026-11-27T11:00:00'), rules, { reason: 'parts' }))
    // Had the clock run, the 4-hour resolution would have breached at 14:00.
    const resumed = value(resume(held, staff, sh('2026-11-27T15:00:00'), rules))
    expect(resumed.deadlines.resolution).toBe(sh('2026-11-27T18:00:00'))
    expect(sweepAt(resumed, ['2026-11-27T15:01:00']).fired).toEqual([])
    expect(sweepAt(resumed, ['2026-11-27T18:00:00']).fired).toEqual(['resolution_overdue'])
  })

  it('a reopen gives the resolution a fresh ladder', () => {
    const done = value(
      complete(
        value(
          start(
            value(accept(submitAt('2026-11-27T10:00:00', 'urgent'), staff, sh('2026-11-27T10:05:00'), rules)),
            staff,
            sh('2026-11-27T10:30:00'),
            rules,
          ),
        ),
        staff,
        sh('2026-11-27T15:00:00'),
        rules,
        {},
      ),
    )
    expect(done.overdue.resolution).toBe(sh('2026-11-27T15:00:00'))
    const reopened = value(reopen(done, resident, sh('2026-11-27T16:00:00'), rules, '没修好'))
    expect(reopened.deadlines.resolution).toBe(sh('2026-11-27T20:00:00'))
    expect(sweepAt(reopened, ['2026-11-27T19:12:00', '2026-11-27T20:00:00', '2026-11-27T21:00:00']).fired).toEqual([
      'resolution_warning',
      'resolution_overdue',
    ])
  })
})
