import { VISIT_OUTCOMES } from '@core/feedback/return-visit'
import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { recordReturnVisit } from './return-visits'

const VISIT_STATUSES = ['due', 'done', 'unreachable'] as const

/** The service desk's return visits (回访): the calls due, and the result of each call. */
export const returnVisitActions = {
  visits: action({
    roles: ['manager'],
    input: z.object({ status: z.enum(VISIT_STATUSES).default('due') }),
    async run(input, ctx) {
      const items = await ctx.store.collection('returnVisits').find({
        where: { status: input.status },
        orderBy: { field: 'dueAt', direction: 'asc' },
        limit: 200,
      })
      return ok({ items })
    },
  }),
  recordVisit: action({
    roles: ['manager'],
    input: z.object({
      id: z.string().trim().min(1).max(64),
      outcome: z.enum(VISIT_OUTCOMES, { error: '请选择回访结果' }),
      note: z.string().trim().max(500).optional(),
    }),
    run: (input, ctx) => recordReturnVisit(ctx, input.id, input.outcome, input.note),
  }),
}
