import { fireDueSteps, outcomeAt } from '@core/sla/ladder'
import { ROUND_THE_CLOCK } from '@core/sla/service-hours'
import { inProcess, T0, type InProcess } from '../support/in-process'

// Defect 2: a slot in year 9999 was accepted and deadlines were compared as ISO strings.
const FAR = '+010000-01-01T00:00:00.000Z'
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString()

describe('deadlines are compared as instants', () => {
  it('a deadline past the year 9999 has not passed in 2026', () => {
    const records = { warned: { t: null }, overdue: { t: null }, escalated: { t: null } }
    const schedule = { warnAt: FAR, deadline: FAR, escalateAt: FAR }
    expect(fireDueSteps(['t'], records, () => schedule, T0).fired).toEqual([])
  })

  it('stopping before such a deadline keeps the promise', () => {
    expect(outcomeAt(ROUND_THE_CLOCK, FAR, T0).met).toBe(true)
  })
})

describe('the preferred visiting slot is bounded', () => {
  let env: InProcess
  beforeEach(async () => (env = await inProcess()))
  afterEach(() => env.close())
  const create = (from: string, to: string) =>
    env.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '漏水',
      preferredSlot: { from, to },
    })

  it.each([
    ['in the year 9999', '9999-01-01T00:00:00.000Z', '9999-01-01T02:00:00.000Z', 'preferredSlot.to'],
    ['starting before now', at(-60), at(60), 'preferredSlot.from'],
    ['ending more than 7 days ahead', at(7 * 24 * 60), at(7 * 24 * 60 + 120), 'preferredSlot.to'],
    ['longer than 4 hours', at(60), at(60 + 5 * 60), 'preferredSlot.to'],
  ])('a slot %s is VALIDATION_FAILED naming the field, nothing written', async (_name, from, to, field) => {
    const made = await create(from, to)
    expect(!made.ok && made.error.code).toBe('VALIDATION_FAILED')
    expect(!made.ok && Object.keys(made.error.fieldErrors ?? {})).toContain(field)
    expect(await env.runtime.store.collection('workOrders').count({})).toBe(0)
  })

  it('a slot tomorrow morning for two hours is accepted', async () => {
    expect((await create(at(24 * 60), at(26 * 60))).ok).toBe(true)
  })
})
