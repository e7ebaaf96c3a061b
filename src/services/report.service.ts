import {
  committeeKpisReply,
  latestReportReply,
  publishedMonthsReply,
  publishedReportReply,
  reportDraftReply,
} from '@core/report/report.replies'
import { actionsOf } from './call'

const report = actionsOf('report')

/** The `report` cloud function: monthly service reports and the committee's aggregate figures. */
export const reportService = {
  /** The newest published report, null before the first. */
  latest: () => report('latest', latestReportReply),
  get: (month: string) => report('get', publishedReportReply, { month }),
  list: () => report('list', publishedMonthsReply),
  draft: (month: string) => report('draft', reportDraftReply, { month }),
  publish: (month: string, foreword: string) => report('publish', publishedReportReply, { month, foreword }),
  kpis: () => report('kpis', committeeKpisReply, { range: '30d' }),
}
