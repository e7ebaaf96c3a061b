import { CATEGORIES } from '@core/repair/work-order'
import { TRAFFIC, WORK } from '../../../sim/model'
import { Random } from '../../../sim/random'
import { expectedPerHour, generateTraffic, HOUR_SHARE, weekdayOf } from '../../../sim/traffic'

// Big enough that sampling noise sits well inside the tolerances; no handlers run here.
const options = { days: 56, units: 200_000, seed: 7 }
const reports = generateTraffic(options)
const plain = reports.filter((r) => !r.burst)
const share = (n: number, of: number) => n / of

describe('the traffic generator follows its documented model', () => {
  it('reports as many repairs as the yearly rate and the weekday factors imply (within 2%)', () => {
    let expected = 0
    for (let day = 0; day < options.days; day++)
      for (let h = 0; h < 24; h++) expected += expectedPerHour(options.units, day, h)
    expect(Math.abs(plain.length - expected) / expected).toBeLessThan(0.02)
  })

  it('mixes categories and urgency as the model says (within 1.5 points)', () => {
    for (const category of CATEGORIES) {
      const mine = plain.filter((r) => r.category === category)
      expect(Math.abs(share(mine.length, plain.length) - TRAFFIC.categoryMix[category])).toBeLessThan(0.015)
      const urgent = mine.filter((r) => r.priority === 'urgent').length
      expect(Math.abs(share(urgent, mine.length) - TRAFFIC.urgentShare[category])).toBeLessThan(0.03)
    }
  })

  it('peaks in the evening on weekdays and spreads by the hour shares (within 0.6 points an hour)', () => {
    const weekday = plain.filter((r) => ![0, 6].includes(weekdayOf(Math.floor(r.at / 1440))))
    const byHour = Array.from(
      { length: 24 },
      (_, h) => weekday.filter((r) => Math.floor((r.at % 1440) / 60) === h).length,
    )
    byHour.forEach((n, h) => expect(Math.abs(share(n, weekday.length) - HOUR_SHARE.weekday[h]!)).toBeLessThan(0.006))
    expect(byHour.indexOf(Math.max(...byHour))).toBe(19)
  })

  it('has busier weekends than weekdays, by the weekday factors', () => {
    const perDay = (weekdays: number[]) => {
      const days = Array.from({ length: options.days }, (_, d) => d).filter((d) => weekdays.includes(weekdayOf(d)))
      return plain.filter((r) => days.includes(Math.floor(r.at / 1440))).length / days.length
    }
    const ratio = perDay([6]) / perDay([1, 2, 3, 4, 5])
    expect(ratio).toBeGreaterThan(TRAFFIC.weekdayFactor[6] - 0.05)
    expect(ratio).toBeLessThan(TRAFFIC.weekdayFactor[6] + 0.05)
  })

  it('adds bursts: several urgent plumbing reports from one building within the spread', () => {
    const burst = reports.filter((r) => r.burst)
    expect(burst.length).toBeGreaterThanOrEqual(TRAFFIC.burstReports[0])
    expect(burst.every((r) => r.category === 'plumbing' && r.priority === 'urgent')).toBe(true)
  })

  it('draws repair times with the documented mean and spread (within 5%)', () => {
    const plumbing = plain.filter((r) => r.category === 'plumbing').map((r) => r.repairMinutes)
    const mean = plumbing.reduce((s, v) => s + v, 0) / plumbing.length
    const sd = Math.sqrt(plumbing.reduce((s, v) => s + (v - mean) ** 2, 0) / plumbing.length)
    expect(Math.abs(mean - WORK.repair.plumbing.mean) / WORK.repair.plumbing.mean).toBeLessThan(0.05)
    expect(Math.abs(sd - WORK.repair.plumbing.sd) / WORK.repair.plumbing.sd).toBeLessThan(0.1)
    const parts = share(plain.filter((r) => r.partsDelayMinutes !== null).length, plain.length)
    expect(Math.abs(parts - WORK.partsChance)).toBeLessThan(0.01)
  })

  it('replays exactly for one seed and differs for another', () => {
    expect(generateTraffic({ days: 3, units: 500, seed: 3 })).toEqual(generateTraffic({ days: 3, units: 500, seed: 3 }))
    expect(generateTraffic({ days: 3, units: 500, seed: 4 })).not.toEqual(
      generateTraffic({ days: 3, units: 500, seed: 3 }),
    )
    expect(new Random(1).exponential(10)).toBe(new Random(1).exponential(10))
  })
})
