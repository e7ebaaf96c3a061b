import { figuresCsv, feedbackFigures } from '@core/feedback/feedback-report'
import { surveyResults } from '@core/feedback/survey'
import { dashboardSchema } from '@core/estate/estate.schemas'
import { kpiWindow, type KpiWindow } from '@core/estate/service-kpi'
import { ok } from '@core/shared/result'
import { formatLocal } from '@core/shared/time'
import { action } from '../action'
import { findUpTo } from '../store/paging'
import type { Context } from '../action'
import { answersOf, householdsByBuilding } from './survey.actions'

/** Feedback one figure reads at most; beyond it the answer says `truncated`. */
const MAX_REPORT_ITEMS = 10_000

async function figuresOf(ctx: Context, window: KpiWindow) {
  const range = { gte: window.from, lte: window.to }
  const [feedback, visits, households, latest] = await Promise.all([
    findUpTo(ctx.store.collection('feedback'), { where: { createdAt: range } }, MAX_REPORT_ITEMS),
    findUpTo(ctx.store.collection('returnVisits'), { where: { closedAt: range } }, MAX_REPORT_ITEMS),
    householdsByBuilding(ctx.store),
    ctx.store.collection('surveys').find({
      where: { status: 'published' },
      orderBy: { field: 'createdAt', direction: 'desc' },
      limit: 1,
    }),
  ])
  const survey = latest[0]
  const rate = survey ? surveyResults(survey, await answersOf(ctx.store, survey.id), households).responseRate : null
  const total = Object.values(households).reduce((s, n) => s + n, 0)
  return {
    ...feedbackFigures(feedback.items, visits.items, total, rate),
    truncated: feedback.truncated || visits.truncated,
  }
}

export const feedbackReportActions = {
  /** Complaints per 100 households, promises kept, satisfaction, reopen rate, return-visit coverage, survey response. */
  dashboard: action({
    roles: ['manager'],
    input: dashboardSchema,
    async run(input, ctx) {
      const window = kpiWindow(input.range, ctx.now)
      return ok({ range: input.range, from: window.from, to: window.to, ...(await figuresOf(ctx, window)) })
    },
  }),
  dashboardCsv: action({
    roles: ['manager'],
    input: dashboardSchema,
    async run(input, ctx) {
      const window = kpiWindow(input.range, ctx.now)
      const period = `${formatLocal(window.from, 'YYYY-MM-DD')} 至 ${formatLocal(window.to, 'YYYY-MM-DD')}`
      const figures = await figuresOf(ctx, window)
      return ok({ filename: `住户反馈_${formatLocal(window.to, 'YYYYMMDD')}.csv`, csv: figuresCsv(figures, period) })
    },
  }),
}
