import { DEFAULT_SERVICE_HOURS, ROUND_THE_CLOCK, ServiceCalendar } from '@core/sla/service-hours'

// Times below are written in Shanghai time (+08:00) as a reader of the estate thinks of them.
const sh = (local: string) => new Date(`${local}+08:00`).toISOString()
const calendar = new ServiceCalendar(DEFAULT_SERVICE_HOURS)

describe('service hours (08:00-20:00 every day by default)', () => {
  it('a normal job submitted at 19:50 with a 30-minute response is due at 08:20 next morning', () => {
    expect(calendar.addMinutes(sh('2026-11-27T19:50:00'), 30)).toBe(sh('2026-11-28T08:20:00'))
  })

  it('a job submitted at 03:00 starts its clock at 08:00', () => {
    expect(calendar.addMinutes(sh('2026-11-27T03:00:00'), 30)).toBe(sh('2026-11-27T08:30:00'))
  })

  it('24 service hours span two days and a night', () => {
    expect(calendar.addMinutes(sh('2026-11-27T10:00:00'), 24 * 60)).toBe(sh('2026-11-29T10:00:00'))
  })

  it('counts only service minutes between two instants', () => {
    expect(calendar.minutesBetween(sh('2026-11-27T19:50:00'), sh('2026-11-28T08:20:00'))).toBe(30)
    expect(calendar.minutesBetween(sh('2026-11-27T21:00:00'), sh('2026-11-28T07:00:00'))).toBe(0)
    expect(calendar.minutesBetween(sh('2026-11-28T08:20:00'), sh('2026-11-27T19:50:00'))).toBe(0)
  })

  it('knows when the clock runs', () => {
    expect(calendar.isOpen(sh('2026-11-27T08:00:00'))).toBe(true)
    expect(calendar.isOpen(sh('2026-11-27T20:00:00'))).toBe(false)
  })
})

describe('holidays and make-up working days', () => {
  // A weekday-only office, closed on 2026-10-01 (National Day), open on Sunday 2026-09-27 (调休).
  const office = new ServiceCalendar({
    ...DEFAULT_SERVICE_HOURS,
    weekdays: [1, 2, 3, 4, 5],
    holidays: ['2026-10-01'],
    makeUpDays: ['2026-09-27'],
  })

  it('a Friday-evening job is answered on Monday morning', () => {
    expect(office.addMinutes(sh('2026-11-27T19:45:00'), 30)).toBe(sh('2026-11-30T08:15:00'))
  })

  it('skips a holiday', () => {
    expect(office.addMinutes(sh('2026-09-30T19:45:00'), 30)).toBe(sh('2026-10-02T08:15:00'))
  })

  it('serves on a make-up Sunday: a Saturday job is answered then, not on Monday', () => {
    expect(office.addMinutes(sh('2026-09-26T10:00:00'), 30)).toBe(sh('2026-09-27T08:30:00'))
  })

  it('refuses hours that close before they open', () => {
    expect(() => new ServiceCalendar({ ...DEFAULT_SERVICE_HOURS, opensAt: '20:00', closesAt: '08:00' })).toThrow(
      RangeError,
    )
  })
})

describe('urgent jobs run round the clock', () => {
  it('a 15-minute response at 23:50 is due at 00:05', () => {
    expect(ROUND_THE_CLOCK.addMinutes(sh('2026-11-27T23:50:00'), 15)).toBe(sh('2026-11-28T00:05:00'))
  })
})
