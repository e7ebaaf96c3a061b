// Run by monthly-report.foreign-zone.test.ts in a process whose TZ is another zone: prints what the
// report code computes there, for the test to compare with its own answer.
import { monthlyReport } from '@core/report/monthly-report'
import { monthBounds, monthOf } from '@core/report/report-month'
import { NOVEMBER } from './report.fixtures'

process.stdout.write(
  JSON.stringify({
    offsetMinutes: new Date('2026-11-15T12:00:00Z').getTimezoneOffset(),
    bounds: [monthBounds('2026-11'), monthBounds('2027-03')],
    months: ['2026-10-31T15:59:59.000Z', '2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z'].map((at) =>
      monthOf(at),
    ),
    report: monthlyReport(NOVEMBER),
  }),
)
