import { addMinutes } from '@core/shared/time'
import { GATE_CHECK_LIMIT, isCheckLimited, recentFailures } from '@core/visitor/gate-limit'

const T0 = '2026-11-27T02:00:00.000Z'
const failuresEveryTenSeconds = (count: number) => Array.from({ length: count }, (_, i) => addMinutes(T0, i / 6))

describe('the limit on unknown codes at the gate', () => {
  it('30 unknown codes within 10 minutes stop the guard; 29 do not', () => {
    expect(GATE_CHECK_LIMIT).toEqual({ failures: 30, windowMinutes: 10 })
    expect(isCheckLimited(failuresEveryTenSeconds(29), addMinutes(T0, 5))).toBe(false)
    expect(isCheckLimited(failuresEveryTenSeconds(30), addMinutes(T0, 5))).toBe(true)
  })

  it('the window slides: failures older than 10 minutes stop counting', () => {
    const failures = failuresEveryTenSeconds(30)
    expect(isCheckLimited(failures, addMinutes(T0, 10))).toBe(false)
    expect(recentFailures(failures, addMinutes(T0, 10))).toHaveLength(29)
  })

  it('keeps no more than the limit, however many failures come in', () => {
    expect(recentFailures(failuresEveryTenSeconds(45), addMinutes(T0, 8))).toHaveLength(30)
  })
})
