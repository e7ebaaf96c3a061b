/** The report pages' URLs (app.config.ts lists the same pages). */
export const REPORT_ROUTES = {
  month: '/report/month/index',
  months: '/report/months/index',
  draft: '/report/draft/index',
} as const

export const reportUrl = (month: string) => `${REPORT_ROUTES.month}?month=${encodeURIComponent(month)}`
