import { dashboardSchema } from '@core/estate/estate.schemas'
import { monthOf } from '@core/report/report-month'
import { monthSchema, publishSchema, type PublishedReport, type ReportDraft } from '@core/report/report.schemas'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action, type ActionContext } from '../action'
import { defineFunction } from '../define-function'
import { dashboardOf } from '../kpi/kpi.actions'
import { computeReport } from './report-data'
import { serviceReports } from './report.repository'

/** Who reads published reports: the estate's residents, the owners' committee and the managers. */
const READERS = ['resident', 'committee', 'manager'] as const

const monthIsOver = (month: string, ctx: ActionContext) => month < monthOf(ctx.now)

const notPublished = () => fail(appError(ErrorCode.NOT_FOUND, 'no report published for that month'))
export const reportFunction = defineFunction('report', {
  actions: {
    /** The newest published report, or null before the first. */
    latest: action({
      roles: READERS,
      input: z.object({}),
      run: async (_input, ctx) => ok(await serviceReports(ctx.store).latest()),
    }),
    get: action({
      roles: READERS,
      input: monthSchema,
      async run(input, ctx) {
        const report = await serviceReports(ctx.store).get(input.month)
        return report ? ok(report) : notPublished()
      },
    }),
    /** Every published month, newest first. */
    list: action({
      roles: ['committee', 'manager'],
      input: z.object({}),
      run: async (_input, ctx) => ok({ items: await serviceReports(ctx.store).months() }),
    }),
    /** The month computed from the records now, for the manager to review before publishing. */
    draft: action({
      roles: ['manager'],
      input: monthSchema,
      async run(input, ctx) {
        const [report, published] = await Promise.all([
          computeReport(ctx, input.month),
          serviceReports(ctx.store).get(input.month),
        ])
        const draft: ReportDraft = { report, publishable: monthIsOver(input.month, ctx), published }
        return ok(draft)
      },
    }),
    /**
     * Freezes the month's figures as they are now, with the manager's foreword. A retry of the same
     * publication answers the stored report; a different one is refused: a published report never changes.
     */
    publish: action({
      roles: ['manager'],
      audit: true,
      input: publishSchema,
      async run(input, ctx) {
        if (!monthIsOver(input.month, ctx)) {
          return fail(
            appError(ErrorCode.VALIDATION_FAILED, 'only a month that has ended can be published', {
              month: ['本月尚未结束，月底之后才能发布'],
            }),
          )
        }
        const reports = serviceReports(ctx.store)
        const stored = await reports.get(input.month)
        if (stored) return stored.foreword === input.foreword ? ok(stored) : alreadyPublished()
        const report: PublishedReport = {
          id: input.month,
          version: 0,
          foreword: input.foreword,
          publishedAt: ctx.now,
          report: await computeReport(ctx, input.month),
        }
        const saved = await reports.publish(report)
        if (saved) return ok(saved)
        // Another manager published the same month a moment ago.
        const winner = await reports.get(input.month)
        return winner?.foreword === input.foreword ? ok(winner) : alreadyPublished()
      },
    }),
    /** Service figures over a recent window for the owners' committee: totals, categories and trend, no worker names. */
    kpis: action({
      roles: ['committee', 'manager'],
      input: dashboardSchema,
      async run(input, ctx) {
        const { byStaff: _perWorker, ...aggregate } = await dashboardOf(ctx, input.range)
        return ok(aggregate)
      },
    }),
  },
})

const alreadyPublished = () =>
  fail(appError(ErrorCode.CONFLICT, 'this month is already published; a published report cannot change'))
