import { DEFAULT_SLA_POLICY } from '@core/repair/sla'
import { promisedDeadlines } from '@core/repair/sla-preview'

/** Friday 2026-11-27 19:50 in Shanghai. */
const FRIDAY_1950 = '2026-11-27T11:50:00.000Z'

describe('the SLA preview of the settings screen', () => {
  it('carries a normal job reported ten minutes before closing into the next service morning', () => {
    const due = promisedDeadlines(DEFAULT_SLA_POLICY, 'plumbing', 'normal', FRIDAY_1950)
    // 10 minutes on Friday, the other 20 from Saturday 08:00.
    expect(due.response).toBe('2026-11-28T00:20:00.000Z')
  })

  it('moves with the service hours, holidays and category windows being edited', () => {
    const later = { ...DEFAULT_SLA_POLICY.serviceHours, closesAt: '21:00' }
    expect(
      promisedDeadlines({ ...DEFAULT_SLA_POLICY, serviceHours: later }, 'plumbing', 'normal', FRIDAY_1950).response,
    ).toBe('2026-11-27T12:20:00.000Z')
    const saturdayOff = { ...DEFAULT_SLA_POLICY.serviceHours, holidays: ['2026-11-28'] }
    expect(
      promisedDeadlines({ ...DEFAULT_SLA_POLICY, serviceHours: saturdayOff }, 'plumbing', 'normal', FRIDAY_1950)
        .response,
    ).toBe('2026-11-29T00:20:00.000Z')
    const elevator = {
      ...DEFAULT_SLA_POLICY,
      byCategory: { elevator: { normal: { response: 5, arrival: 30, resolution: 120 } } },
    }
    expect(promisedDeadlines(elevator, 'elevator', 'normal', FRIDAY_1950).response).toBe('2026-11-27T11:55:00.000Z')
  })

  it('runs urgent jobs round the clock', () => {
    expect(promisedDeadlines(DEFAULT_SLA_POLICY, 'plumbing', 'urgent', FRIDAY_1950).response).toBe(
      '2026-11-27T12:05:00.000Z',
    )
  })
})
