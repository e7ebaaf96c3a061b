import { documentOf, itemsOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import type { ServiceDashboard, ServiceKpis } from '../estate/service-kpi'
import type { MonthlyReport } from './monthly-report'
import type { PublishedMonth, PublishedReport, ReportDraft } from './report.schemas'

// What the `report` function answers, as the client's report service parses it.

const monthlyReport = documentOf<MonthlyReport>()({
  month: z.string(),
  previousMonth: z.string(),
  from: z.string(),
  to: z.string(),
})

export const publishedReportReply = documentOf<PublishedReport>()({
  id: z.string(),
  foreword: z.string(),
  publishedAt: z.string(),
  report: monthlyReport,
})
/** The newest published report, null before the first. */
export const latestReportReply = publishedReportReply.nullable()

export const publishedMonthsReply = itemsOf<PublishedMonth>(
  z.looseObject({ month: z.string(), publishedAt: z.string() }),
)

export const reportDraftReply = documentOf<ReportDraft>()({
  report: monthlyReport,
  publishable: z.boolean(),
  published: publishedReportReply.nullable(),
})

/** The committee's aggregate figures: the service dashboard without the per-worker rows. */
export const committeeKpisReply = documentOf<Omit<ServiceDashboard, 'byStaff'>>()({
  from: z.string(),
  to: z.string(),
  totals: documentOf<ServiceKpis>()({ submitted: z.number(), open: z.number(), late: z.number() }),
  truncated: z.boolean(),
})
