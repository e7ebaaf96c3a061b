import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { monthlyReport } from '@core/report/monthly-report'
import { NOVEMBER } from './report.fixtures'

// Jest hands each test a copy of process.env, so TZ cannot be changed in place: the report is computed
// in a child process that starts in New York, where 1 November 2026 is also the night clocks fall back.
const ROOT = resolve(__dirname, '../../../..')

function computeIn(zone: string) {
  const output = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(__dirname, 'report-in-zone.child.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: zone },
  })
  return JSON.parse(output)
}

describe('the monthly report on a machine in another time zone', () => {
  it('cuts months at midnight in Shanghai and counts the same figures as in Shanghai', () => {
    const inNewYork = computeIn('America/New_York')
    expect(inNewYork.offsetMinutes).toBe(300)
    expect(inNewYork.bounds).toEqual([
      { from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' },
      { from: '2027-02-28T16:00:00.000Z', to: '2027-03-31T16:00:00.000Z' },
    ])
    expect(inNewYork.months).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(inNewYork.report.estate.current).toMatchObject({ repairsReceived: 7, visitorPassesUsed: 3 })
    expect(inNewYork.report).toEqual(monthlyReport(NOVEMBER))
  })
})
