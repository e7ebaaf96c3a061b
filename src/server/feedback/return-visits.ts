import type { Feedback } from '@core/feedback/feedback'
import { createFeedback } from '@core/feedback/feedback.creation'
import { planReturnVisit, recordVisit, type ReturnVisit, type VisitOutcome } from '@core/feedback/return-visit'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import type { FeedbackSettings } from '@core/feedback/feedback-settings'
import type { WorkOrder } from '@core/repair/work-order'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { ActionContext } from '../action'
import { resolveActor } from '../actor.resolver'
import type { Context } from '../action'
import { updateDoc } from '../store/update-doc'
import { notifyFeedbackChanges } from './feedback-notices'
import { loadFeedbackRules, loadFeedbackSettings } from './feedback.repository'
import { routingFor } from './feedback-routing'

/**
 * The repair close hook: schedules the return visit (回访) a closed order calls for. One per order
 * (its id is the order's), so a repeated hook writes nothing twice. `settings` may have been read
 * beside the close, to spare the round trip after it.
 */
export async function scheduleReturnVisit(
  ctx: Context,
  order: WorkOrder,
  settings: Promise<FeedbackSettings> = loadFeedbackSettings(ctx.store),
): Promise<ReturnVisit | null> {
  if (order.status !== 'closed' || !order.closedAt) return null
  const { returnVisitSample } = await settings
  const visit = planReturnVisit(
    { ...order, subject: `${CATEGORY_LABEL[order.category]}：${order.description}`, closedAt: order.closedAt },
    returnVisitSample,
    ctx.now,
  )
  return visit ? ctx.store.collection('returnVisits').insert(visit) : null
}

/** 不满意 on a return visit becomes a complaint on the household's behalf, linked to the order. */
async function raiseComplaint(ctx: ActionContext, visit: ReturnVisit, note: string | undefined): Promise<Feedback> {
  const resident = await resolveActor(ctx.store, visit.residentOpenid)
  const household = { ...resident, unitId: visit.unitId, name: visit.residentName }
  const rules = await loadFeedbackRules(ctx.store)
  const now = ctx.now
  const description = `回访不满意（${visit.subject}）${note ? `：${note}` : ''}`.slice(0, 500)
  const created = createFeedback(
    {
      id: ctx.runtime.newId(),
      kind: 'complaint',
      topic: '设施设备',
      description,
      photos: [],
      anonymous: false,
      relatedOrderId: visit.orderId,
      source: 'return_visit',
    },
    household,
    now,
    rules,
    await routingFor(ctx.store, household, null),
  )
  if (!created.ok) throw new Error(`return-visit complaint refused: ${created.error.message}`)
  const saved = await ctx.store.collection('feedback').insert(created.value)
  if (!saved) throw new Error('return-visit complaint id taken')
  await notifyFeedbackChanges(ctx, rules, null, saved)
  return saved
}

/** Records one call of the service desk; a dissatisfied answer raises the linked complaint once. */
export async function recordReturnVisit(
  ctx: ActionContext,
  id: string,
  outcome: VisitOutcome,
  note: string | undefined,
): Promise<Result<ReturnVisit>> {
  const now = ctx.now
  const recorded = await updateDoc(
    ctx.store.collection('returnVisits'),
    id,
    (visit) => recordVisit(visit, ctx.actor.openid, outcome, note, now),
    { missing: () => appError(ErrorCode.NOT_FOUND, 'no such return visit') },
  )
  if (!recorded.ok) return recorded
  const visit = recorded.value.doc
  if (visit.result !== 'dissatisfied') return ok(visit)
  const complaint = await raiseComplaint(ctx, visit, note)
  const linked = await updateDoc(ctx.store.collection('returnVisits'), id, (v) =>
    ok({ ...v, complaintId: complaint.id }),
  )
  return linked.ok ? ok(linked.value.doc) : fail(linked.error)
}
