import type { Feedback } from '@core/feedback/feedback'
import { createFeedback } from '@core/feedback/feedback.creation'
import type { createFeedbackSchema } from '@core/feedback/feedback.schemas'
import { canView as canViewOrder } from '@core/repair/work-order.visibility'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { once } from '../idempotency/request-log'
import { notifyFeedbackChanges } from './feedback-notices'
import { routingFor } from './feedback-routing'
import { loadFeedbackRules } from './feedback.repository'

type CreateInput = z.output<typeof createFeedbackSchema>

/** A related repair must be one the household can see; anything else is refused as unknown. */
async function checkRelatedOrder(ctx: ActionContext, orderId: string | undefined): Promise<Result<void>> {
  if (!orderId) return ok(undefined)
  const order = await ctx.store.collection('workOrders').get(orderId)
  return order && canViewOrder(order, ctx.actor)
    ? ok(undefined)
    : fail(appError(ErrorCode.VALIDATION_FAILED, 'unknown repair order', { relatedOrderId: ['找不到这张报修单'] }))
}

/** A household's complaint, suggestion or praise, once per requestId: routed, promised its terms and announced. */
export function submitFeedback(ctx: ActionContext, input: CreateInput): Promise<Result<Feedback>> {
  return once(ctx, 'feedback.create', input, async () => {
    if (input.kind === 'praise' && !input.staffOpenid) {
      return fail(
        appError(ErrorCode.VALIDATION_FAILED, 'praise names someone', { staffOpenid: ['请选择要表扬的工作人员'] }),
      )
    }
    const related = await checkRelatedOrder(ctx, input.relatedOrderId)
    if (!related.ok) return related
    const owned = await ctx.runtime.files.checkOwned(input.photos, ctx.actor)
    if (!owned.ok) return owned
    const rules = await loadFeedbackRules(ctx.store)
    const routing = await routingFor(ctx.store, ctx.actor, input.kind === 'praise' ? input.staffOpenid! : null)
    const created = createFeedback(
      {
        id: ctx.runtime.newId(),
        kind: input.kind,
        topic: input.topic,
        description: input.description,
        photos: input.photos,
        anonymous: input.anonymous,
        relatedOrderId: input.relatedOrderId ?? null,
        source: 'resident',
      },
      ctx.actor,
      ctx.now,
      rules,
      routing,
    )
    if (!created.ok) return created
    const saved = await ctx.store.collection('feedback').insert(created.value)
    if (!saved) return fail(appError(ErrorCode.CONFLICT, 'feedback id already taken'))
    await ctx.runtime.files.attach(input.photos, saved.id, ctx.actor)
    await notifyFeedbackChanges(ctx, rules, null, saved)
    return ok(saved)
  })
}
