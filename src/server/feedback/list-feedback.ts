import type { Feedback } from '@core/feedback/feedback'
import type { listFeedbackSchema } from '@core/feedback/feedback.schemas'
import { feedbackFor } from '@core/feedback/feedback.views'
import { canViewFeedback, OPEN_FEEDBACK } from '@core/feedback/feedback.visibility'
import { worksTheOffice } from '@core/identity/actor'
import { canView as canViewOrder } from '@core/repair/work-order.visibility'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, notFound, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import type { Where } from '../store/store.port'

/** Queues read at most this many per query; an estate's open feedback is far fewer. */
const QUEUE_READ = 200

const newestFirst = (a: Feedback, b: Feedback) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)

async function listFor(
  ctx: ActionContext,
  scope: 'mine' | 'assigned' | 'all',
  status?: string,
): Promise<Result<Feedback[]>> {
  const collection = ctx.store.collection('feedback')
  const { actor } = ctx
  const byNewest = { field: 'createdAt', direction: 'desc' } as const
  if (scope === 'mine') {
    if (actor.role !== 'resident' || !actor.unitId) return fail(appError(ErrorCode.FORBIDDEN, 'mine is for residents'))
    return ok(await collection.find({ where: { unitId: actor.unitId }, orderBy: byNewest, limit: QUEUE_READ }))
  }
  if (scope === 'all') {
    if (!worksTheOffice(actor)) return fail(appError(ErrorCode.FORBIDDEN, 'all is for the office'))
    const where: Where = status ? { status } : {}
    return ok(await collection.find({ where, orderBy: byNewest, limit: QUEUE_READ }))
  }
  if (actor.role !== 'maintenance' && !worksTheOffice(actor)) {
    return fail(appError(ErrorCode.FORBIDDEN, 'assigned is for staff'))
  }
  // Theirs, what they took first (首问负责) and the unclaimed pool they may acknowledge.
  const [held, owned, unclaimed] = await Promise.all([
    collection.find({ where: { assigneeOpenid: actor.openid }, orderBy: byNewest, limit: QUEUE_READ }),
    collection.find({ where: { ownerOpenid: actor.openid }, orderBy: byNewest, limit: QUEUE_READ }),
    collection.find({ where: { status: 'submitted' }, orderBy: byNewest, limit: QUEUE_READ }),
  ])
  const seen = new Map<string, Feedback>()
  for (const item of [...held, ...owned, ...unclaimed.filter((f) => f.assigneeOpenid === null)]) seen.set(item.id, item)
  return ok([...seen.values()].sort(newestFirst))
}

type ListInput = z.output<typeof listFeedbackSchema>

/** A resident's own household's, a worker's queue, or (managers) everything; newest first. */
export async function listFeedback(ctx: ActionContext, input: ListInput) {
  const found = await listFor(ctx, input.scope, input.status)
  if (!found.ok) return found
  const items = found.value
    .filter((f) => (!input.status || f.status === input.status) && (!input.kind || f.kind === input.kind))
    .slice(0, input.limit)
    .map((f) => feedbackFor(f, ctx.actor))
  return ok({ items })
}

/** Open complaints and suggestions whose promise is broken or about to be, for the managers' late board. */
export async function lateFeedback(ctx: ActionContext) {
  const collection = ctx.store.collection('feedback')
  const open = (
    await Promise.all(
      OPEN_FEEDBACK.map((status) =>
        collection.find({
          where: { status },
          orderBy: { field: 'createdAt', direction: 'asc' },
          limit: QUEUE_READ,
        }),
      ),
    )
  ).flat()
  const late = open.filter(
    (f) => f.overdue.acknowledge || f.overdue.resolve || f.warned.acknowledge || f.warned.resolve,
  )
  return ok({ items: late.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)) })
}

/** The feedback that names a repair order: the order's side of the link. */
export async function linkedFeedback(ctx: ActionContext, orderId: string) {
  const order = await ctx.store.collection('workOrders').get(orderId)
  if (!order || !canViewOrder(order, ctx.actor)) return notFound('order')
  const found = await ctx.store.collection('feedback').find({
    where: { relatedOrderId: orderId },
    limit: 50,
  })
  return ok({ items: found.filter((f) => canViewFeedback(f, ctx.actor)).map((f) => feedbackFor(f, ctx.actor)) })
}
