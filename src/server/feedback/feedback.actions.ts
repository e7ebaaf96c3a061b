import type { Feedback } from '@core/feedback/feedback'
import type { FeedbackRules } from '@core/feedback/feedback-sla'
import {
  acknowledge,
  assignFeedback,
  canViewFeedback,
  confirmFeedback,
  createFeedback,
  followUp,
  OPEN_FEEDBACK,
  reopenFeedback,
  reply,
  resolveFeedback,
  transferFeedback,
} from '@core/feedback/feedback.machine'
import {
  acknowledgeFeedbackSchema,
  assignFeedbackSchema,
  confirmFeedbackSchema,
  createFeedbackSchema,
  feedbackRefSchema,
  feedbackSettingsSchema,
  followUpFeedbackSchema,
  linkedFeedbackSchema,
  listFeedbackSchema,
  reopenFeedbackSchema,
  replyFeedbackSchema,
  resolveFeedbackSchema,
  transferFeedbackSchema,
} from '@core/feedback/feedback.schemas'
import { feedbackFor } from '@core/feedback/feedback.views'
import { OFFICE_ROLES, worksTheOffice, type Actor } from '@core/identity/actor'
import { canView as canViewOrder } from '@core/repair/work-order.visibility'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action, type ActionContext } from '../action'
import { resolveActor } from '../actor.resolver'

import { once } from '../idempotency/request-log'
import type { Where } from '../store/store.port'
import { updateDoc } from '../store/update-doc'
import { notifyFeedbackChanges } from './feedback-notices'
import { routingFor } from './feedback-routing'
import { loadFeedbackRules, loadFeedbackSettings, saveFeedbackSettings } from './feedback.repository'

const notFoundError = appError(ErrorCode.NOT_FOUND, 'no such feedback')
const STAFF = ['maintenance', 'manager'] as const
/** Queues read at most this many per query; an estate's open feedback is far fewer. */
const QUEUE_READ = 200

async function findVisible(ctx: ActionContext, id: string): Promise<Result<Feedback>> {
  const item = await ctx.store.collection('feedback').get(id)
  // Another household's feedback reads as absent, so its existence does not leak.
  return item && canViewFeedback(item, ctx.actor) ? ok(item) : fail(notFoundError)
}

type Change = (item: Feedback, now: string, rules: FeedbackRules) => Result<Feedback>

/** A domain transition under compare-and-set (retried on fresh data), then announced; answered as the caller may see it. */
async function mutate(ctx: ActionContext, id: string, change: Change): Promise<Result<Feedback>> {
  const rules = await loadFeedbackRules(ctx.store)
  const updated = await updateDoc(
    ctx.store.collection('feedback'),
    id,
    (item) => (canViewFeedback(item, ctx.actor) ? change(item, ctx.now, rules) : fail(notFoundError)),
    { missing: () => notFoundError },
  )
  if (!updated.ok) return updated
  await notifyFeedbackChanges(ctx, rules, updated.value.before, updated.value.doc)
  return ok(feedbackFor(updated.value.doc, ctx.actor))
}

const staffMember = (ctx: ActionContext, openid: string): Promise<Actor> => resolveActor(ctx.store, openid)

/** A related repair must be one the household can see; anything else is refused as unknown. */
async function checkRelatedOrder(ctx: ActionContext, orderId: string | undefined): Promise<Result<void>> {
  if (!orderId) return ok(undefined)
  const order = await ctx.store.collection('workOrders').get(orderId)
  return order && canViewOrder(order, ctx.actor)
    ? ok(undefined)
    : fail(appError(ErrorCode.VALIDATION_FAILED, 'unknown repair order', { relatedOrderId: ['找不到这张报修单'] }))
}

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

export const feedbackActions = {
  create: action({
    roles: ['resident'],
    input: createFeedbackSchema,
    run: (input, ctx) =>
      once(ctx, 'feedback.create', input, async () => {
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
      }),
  }),
  list: action({
    roles: ['resident', 'service_desk', ...STAFF],
    input: listFeedbackSchema,
    async run(input, ctx) {
      const found = await listFor(ctx, input.scope, input.status)
      if (!found.ok) return found
      const items = found.value
        .filter((f) => (!input.status || f.status === input.status) && (!input.kind || f.kind === input.kind))
        .slice(0, input.limit)
        .map((f) => feedbackFor(f, ctx.actor))
      return ok({ items })
    },
  }),
  get: action({
    roles: ['resident', 'service_desk', ...STAFF],
    input: feedbackRefSchema,
    async run(input, ctx) {
      const found = await findVisible(ctx, input.id)
      return found.ok ? ok(feedbackFor(found.value, ctx.actor)) : found
    },
  }),
  /** Open complaints and suggestions whose promise is broken or about to be, for the managers' late board. */
  late: action({
    roles: ['manager'],
    input: z.object({}),
    async run(_input, ctx) {
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
    },
  }),
  acknowledge: action({
    roles: STAFF,
    input: acknowledgeFeedbackSchema,
    run: (input, ctx) => mutate(ctx, input.id, (f, now, rules) => acknowledge(f, ctx.actor, input.note, now, rules)),
  }),
  reply: action({
    roles: STAFF,
    input: replyFeedbackSchema,
    run: (input, ctx) => mutate(ctx, input.id, (f, now, rules) => reply(f, ctx.actor, input.message, now, rules)),
  }),
  transfer: action({
    roles: STAFF,
    input: transferFeedbackSchema,
    async run(input, ctx) {
      const to = await staffMember(ctx, input.toOpenid)
      return mutate(ctx, input.id, (f, now, rules) => transferFeedback(f, ctx.actor, to, input.reason, now, rules))
    },
  }),
  /** Staff it can be handed to: maintenance staff and managers, but not whoever holds it. */
  transferTargets: action({
    roles: STAFF,
    input: feedbackRefSchema,
    async run(input, ctx) {
      const item = await findVisible(ctx, input.id)
      if (!item.ok) return item
      const users = ctx.store.collection('users')
      const staff = await users.find({ where: { role: { in: [...STAFF] } }, limit: 1000 })
      const items = staff
        .filter((u) => u.id !== item.value.assigneeOpenid)
        .map((u) => ({ openid: u.id, name: u.name, role: u.role }))
      return ok({ items })
    },
  }),
  resolve: action({
    roles: STAFF,
    input: resolveFeedbackSchema,
    run: (input, ctx) =>
      mutate(ctx, input.id, (f, now, rules) => resolveFeedback(f, ctx.actor, input.resolution, now, rules)),
  }),
  assign: action({
    roles: OFFICE_ROLES,
    audit: true,
    input: assignFeedbackSchema,
    async run(input, ctx) {
      const staff = await staffMember(ctx, input.staffOpenid)
      return mutate(ctx, input.id, (f, now, rules) => assignFeedback(f, ctx.actor, staff, now, rules))
    },
  }),
  confirm: action({
    roles: ['resident'],
    input: confirmFeedbackSchema,
    run: (input, ctx) => mutate(ctx, input.id, (f, now, rules) => confirmFeedback(f, ctx.actor, input, now, rules)),
  }),
  reopen: action({
    roles: ['resident'],
    input: reopenFeedbackSchema,
    run: (input, ctx) =>
      mutate(ctx, input.id, (f, now, rules) => reopenFeedback(f, ctx.actor, input.reason, now, rules)),
  }),
  followUp: action({
    roles: ['resident'],
    input: followUpFeedbackSchema,
    run: (input, ctx) => mutate(ctx, input.id, (f, now, rules) => followUp(f, ctx.actor, input.message, now, rules)),
  }),
  /** The feedback that names a repair order: the order's side of the link. */
  linked: action({
    roles: ['resident', ...STAFF],
    input: linkedFeedbackSchema,
    async run(input, ctx) {
      const order = await ctx.store.collection('workOrders').get(input.orderId)
      if (!order || !canViewOrder(order, ctx.actor)) return fail(appError(ErrorCode.NOT_FOUND, 'no such order'))
      const found = await ctx.store.collection('feedback').find({
        where: { relatedOrderId: input.orderId },
        limit: 50,
      })
      return ok({ items: found.filter((f) => canViewFeedback(f, ctx.actor)).map((f) => feedbackFor(f, ctx.actor)) })
    },
  }),
  getSettings: action({
    roles: ['manager'],
    input: z.object({}),
    run: async (_input, ctx) => ok(await loadFeedbackSettings(ctx.store)),
  }),
  /** Replaces the feedback promises and the return-visit sample; feedback already submitted keeps its terms. */
  updateSettings: action({
    roles: ['manager'],
    audit: true,
    input: feedbackSettingsSchema,
    async run(input, ctx) {
      const saved = await saveFeedbackSettings(ctx.store, input)
      return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'another manager saved first; reload and try again'))
    },
  }),
}
