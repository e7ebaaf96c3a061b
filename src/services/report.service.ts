import type { ServiceDashboard } from '@core/estate/service-kpi'
import type { PublishedMonth, PublishedReport, ReportDraft } from '@core/report/report.schemas'
import { callFunction } from './call'

const report = <T>(action: string, fields: object = {}) => callFunction<T>('report', { action, ...fields })

/** The `report` cloud function: monthly service reports and the committee's aggregate figures. */
export const reportService = {
  /** The newest published report, null before the first. */
  latest: () => report<PublishedReport | null>('latest'),
  get: (month: string) => report<PublishedReport>('get', { month }),
  list: () => report<{ items: PublishedMonth[] }>('list'),
  draft: (month: string) => report<ReportDraft>('draft', { month }),
  publish: (month: string, foreword: string) => report<PublishedReport>('publish', { month, foreword }),
  kpis: () => report<Omit<ServiceDashboard, 'byStaff'>>('kpis', { range: '30d' }),
}
