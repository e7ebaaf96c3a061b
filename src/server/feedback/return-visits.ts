import type { Feedback } from '@core/feedback/feedback'
import { createFeedback } from '@core/feedback/feedback.machine'
import { planReturnVisit, recordVisit, type ReturnVisit, type VisitOutcome } from '@core/feedback/return-visit'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import type { WorkOrder } from '@core/repair/work-order'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { ActionContext } from '../define-function'
import { resolveActor } from '../identity/actor.resolver'
import type { Runtime } from '../runtime/runtime'
import { updateDoc } from '../store/update-doc'
import { notifyFeedbackChanges } from './feedback-notices'
import {
  feedbackCollection,
  loadFeedbackRules,
  loadFeedbackSettings,
  returnVisitCollection,
} from './feedback.repository'
import { routingFor } from './feedback-routing'

/**
 * The repair close hook: schedules the return visit (回访) a closed order calls for. One per order
 * (its id is the order's), so a repeated hook writes nothing twice.
 */
export async function scheduleReturnVisit(runtime: Runtime, order: WorkOrder): Promise<ReturnVisit | null> {
  if (order.status !== 'closed' || !order.closedAt) return null
  const { returnVisitSample } = await loadFeedbackSettings(runtime.store)
  const visit = planReturnVisit(
    { ...order, subject: `${CATEGORY_LABEL[order.category]}：${order.description}`, closedAt: order.closedAt },
    returnVisitSample,
    runtime.clock.now().toISOString(),
  )
  return visit ? returnVisitCollection(runtime.store).insert(visit) : null
}

/** 不满意 on a return visit becomes a complaint on the household's behalf, linked to the order. */
async function raiseComplaint(ctx: ActionContext, visit: ReturnVisit, note: string | undefined): Promise<Feedback> {
  const { runtime } = ctx
  const resident = await resolveActor(runtime.store, visit.residentOpenid)
  const household = { ...resident, unitId: visit.unitId, name: visit.residentName }
  const rules = await loadFeedbackRules(runtime.store)
  const now = runtime.clock.now().toISOString()
  const description = `回访不满意（${visit.subject}）${note ? `：${note}` : ''}`.slice(0, 500)
  const created = createFeedback(
    {
      id: runtime.newId(),
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
    await routingFor(runtime.store, household, null),
  )
  if (!created.ok) throw new Error(`return-visit complaint refused: ${created.error.message}`)
  const saved = await feedbackCollection(runtime.store).insert(created.value)
  if (!saved) throw new Error('return-visit complaint id taken')
  await notifyFeedbackChanges(runtime, rules, null, saved)
  return saved
}

/** Records one call of the service desk; a dissatisfied answer raises the linked complaint once. */
export async function recordReturnVisit(
  ctx: ActionContext,
  id: string,
  outcome: VisitOutcome,
  note: string | undefined,
): Promise<Result<ReturnVisit>> {
  const now = ctx.runtime.clock.now().toISOString()
  const recorded = await updateDoc(
    returnVisitCollection(ctx.runtime.store),
    id,
    (visit) => recordVisit(visit, ctx.actor.openid, outcome, note, now),
    { missing: () => appError(ErrorCode.NOT_FOUND, 'no such return visit') },
  )
  if (!recorded.ok) return recorded
  const visit = recorded.value.doc
  if (visit.result !== 'dissatisfied') return ok(visit)
  const complaint = await raiseComplaint(ctx, visit, note)
  const linked = await updateDoc(returnVisitCollection(ctx.runtime.store), id, (v) =>
    ok({ ...v, complaintId: complaint.id }),
  )
  return linked.ok ? ok(linked.value.doc) : fail(linked.error)
}
