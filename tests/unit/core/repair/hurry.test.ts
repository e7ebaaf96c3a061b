import { hurry, hurryState } from '@core/repair/hurry'
import { accept, hold } from '@core/repair/work-order.machine'
import { at, neighbour, resident, rules, staff, submitted, value } from './repair.fixtures'

// A normal job promises a response within 30 minutes of T0.
describe('催单: a household may hurry a late job once per 30 minutes', () => {
  it('cannot hurry a job that is still within its promise', () => {
    expect(hurryState(submitted(), at(29))).toEqual({ can: false, why: 'not_late' })
    expect(hurry(submitted(), resident, at(29))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('hurries a job nobody took in time, and the timeline records who and when', () => {
    const hurried = value(hurry(submitted(), resident, at(31)))
    expect(hurried.timeline.at(-1)).toEqual({ type: 'hurried', at: at(31), by: 'resident-1' })
    expect(hurried.status).toBe('submitted')
  })

  it('refuses a second hurry within 30 minutes and says when the next is allowed', () => {
    const hurried = value(hurry(submitted(), resident, at(31)))
    expect(hurryState(hurried, at(60))).toEqual({ can: false, why: 'too_soon', nextAt: at(61) })
    expect(hurry(hurried, resident, at(60))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(value(hurry(hurried, resident, at(61))).timeline.filter((e) => e.type === 'hurried')).toHaveLength(2)
  })

  it('cannot hurry a job paused for parts: its clocks are stopped', () => {
    const accepted = value(accept(submitted(), staff, at(5), rules))
    const paused = value(hold(accepted, staff, at(10), rules, { reason: 'parts' }))
    expect(hurryState(paused, at(600))).toEqual({ can: false, why: 'not_late' })
  })

  it("another household's order reads as absent", () => {
    expect(hurry(submitted(), neighbour, at(31))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(hurry(submitted(), staff, at(31))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
