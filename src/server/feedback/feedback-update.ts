import type { Feedback } from '@core/feedback/feedback'
import type { FeedbackRules } from '@core/feedback/feedback-sla'
import { feedbackFor } from '@core/feedback/feedback.views'
import { canViewFeedback } from '@core/feedback/feedback.visibility'
import { notFoundError } from '@core/shared/errors'
import { fail, notFound, ok, type Result } from '@core/shared/result'
import type { IsoTime } from '@core/shared/time'
import type { ActionContext } from '../action'
import { updateDoc } from '../store/update-doc'
import { notifyFeedbackChanges } from './feedback-notices'
import { loadFeedbackRules } from './feedback.repository'

/** Feedback the caller may see; another household's reads as absent, so its existence does not leak. */
export async function findVisibleFeedback(ctx: ActionContext, id: string): Promise<Result<Feedback>> {
  const item = await ctx.store.collection('feedback').get(id)
  return item && canViewFeedback(item, ctx.actor) ? ok(item) : notFound('feedback')
}

/** A domain transition of the item, e.g. `(f, now, rules) => reply(f, actor, message, now, rules)`. */
export type FeedbackChange = (item: Feedback, now: IsoTime, rules: FeedbackRules) => Result<Feedback>

/** A domain transition under compare-and-set (retried on fresh data), then announced; answered as the caller may see it. */
export async function updateFeedback(
  ctx: ActionContext,
  id: string,
  change: FeedbackChange,
): Promise<Result<Feedback>> {
  const rules = await loadFeedbackRules(ctx.store)
  const updated = await updateDoc(
    ctx.store.collection('feedback'),
    id,
    (item) => (canViewFeedback(item, ctx.actor) ? change(item, ctx.now, rules) : fail(notFoundError('feedback'))),
    { missing: () => notFoundError('feedback') },
  )
  if (!updated.ok) return updated
  await notifyFeedbackChanges(ctx, rules, updated.value.before, updated.value.doc)
  return ok(feedbackFor(updated.value.doc, ctx.actor))
}
