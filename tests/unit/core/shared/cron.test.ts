import { parseCron } from '@core/shared/cron'

// Crons are evaluated in China time (UTC+8): 2026-11-27T02:00:00Z is 10:00 in Shanghai.
const at = (iso: string) => new Date(iso)

describe('7-field CloudBase cron', () => {
  it('"0 * * * * * *" fires at second 0 of every minute', () => {
    const cron = parseCron('0 * * * * * *')
    expect(cron.matches(at('2026-11-27T02:05:00Z'))).toBe(true)
    expect(cron.matches(at('2026-11-27T02:05:01Z'))).toBe(false)
  })

  it('reads hours in China time', () => {
    const tenAm = parseCron('0 0 10 * * * *')
    expect(tenAm.matches(at('2026-11-27T02:00:00Z'))).toBe(true)
    expect(tenAm.matches(at('2026-11-27T10:00:00Z'))).toBe(false)
  })

  it('supports steps, ranges, lists and weekday names', () => {
    expect(parseCron('0 */30 9-17 * * * *').matches(at('2026-11-27T01:30:00Z'))).toBe(true)
    expect(parseCron('0 */30 9-17 * * * *').matches(at('2026-11-27T01:15:00Z'))).toBe(false)
    // 2026-11-27 is a Friday.
    expect(parseCron('0 15 10 * * MON-FRI *').matches(at('2026-11-27T02:15:00Z'))).toBe(true)
    expect(parseCron('0 15 10 * * SAT,SUN *').matches(at('2026-11-27T02:15:00Z'))).toBe(false)
  })

  it('ORs day of month and weekday when both are set', () => {
    const cron = parseCron('0 0 2 1 * MON *')
    expect(cron.matches(at('2026-11-30T18:00:00Z'))).toBe(true) // Dec 1st, 02:00 China time (a Tuesday)
    expect(cron.matches(at('2026-11-29T18:00:00Z'))).toBe(true) // Monday Nov 30th
    expect(cron.matches(at('2026-11-27T18:00:00Z'))).toBe(false)
  })

  it('rejects a 6-field or out-of-range expression', () => {
    expect(() => parseCron('0 * * * * *')).toThrow(/7 fields/)
    expect(() => parseCron('0 61 * * * * *')).toThrow(/bad value/)
  })
})
