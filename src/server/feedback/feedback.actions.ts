import {
  acknowledge,
  assignFeedback,
  confirmFeedback,
  followUp,
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
import { OFFICE_ROLES, type Actor } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action, type ActionContext } from '../action'
import { resolveActor } from '../actor.resolver'
import { submitFeedback } from './create-feedback'
import { findVisibleFeedback, updateFeedback } from './feedback-update'
import { loadFeedbackSettings, saveFeedbackSettings } from './feedback.repository'
import { lateFeedback, linkedFeedback, listFeedback } from './list-feedback'

const STAFF = ['maintenance', 'manager'] as const

const staffMember = (ctx: ActionContext, openid: string): Promise<Actor> => resolveActor(ctx.store, openid)

export const feedbackActions = {
  create: action({
    roles: ['resident'],
    input: createFeedbackSchema,
    run: (input, ctx) => submitFeedback(ctx, input),
  }),
  list: action({
    roles: ['resident', 'service_desk', ...STAFF],
    input: listFeedbackSchema,
    run: (input, ctx) => listFeedback(ctx, input),
  }),
  get: action({
    roles: ['resident', 'service_desk', ...STAFF],
    input: feedbackRefSchema,
    async run(input, ctx) {
      const found = await findVisibleFeedback(ctx, input.id)
      return found.ok ? ok(feedbackFor(found.value, ctx.actor)) : found
    },
  }),
  /** Open complaints and suggestions whose promise is broken or about to be, for the managers' late board. */
  late: action({
    roles: ['manager'],
    input: z.object({}),
    run: (_input, ctx) => lateFeedback(ctx),
  }),
  acknowledge: action({
    roles: STAFF,
    input: acknowledgeFeedbackSchema,
    run: (input, ctx) =>
      updateFeedback(ctx, input.id, (f, now, rules) => acknowledge(f, ctx.actor, input.note, now, rules)),
  }),
  reply: action({
    roles: STAFF,
    input: replyFeedbackSchema,
    run: (input, ctx) =>
      updateFeedback(ctx, input.id, (f, now, rules) => reply(f, ctx.actor, input.message, now, rules)),
  }),
  transfer: action({
    roles: STAFF,
    input: transferFeedbackSchema,
    async run(input, ctx) {
      const to = await staffMember(ctx, input.toOpenid)
      return updateFeedback(ctx, input.id, (f, now, rules) =>
        transferFeedback(f, ctx.actor, to, input.reason, now, rules),
      )
    },
  }),
  /** Staff it can be handed to: maintenance staff and managers, but not whoever holds it. */
  transferTargets: action({
    roles: STAFF,
    input: feedbackRefSchema,
    async run(input, ctx) {
      const item = await findVisibleFeedback(ctx, input.id)
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
      updateFeedback(ctx, input.id, (f, now, rules) => resolveFeedback(f, ctx.actor, input.resolution, now, rules)),
  }),
  assign: action({
    roles: OFFICE_ROLES,
    audit: true,
    input: assignFeedbackSchema,
    async run(input, ctx) {
      const staff = await staffMember(ctx, input.staffOpenid)
      return updateFeedback(ctx, input.id, (f, now, rules) => assignFeedback(f, ctx.actor, staff, now, rules))
    },
  }),
  confirm: action({
    roles: ['resident'],
    input: confirmFeedbackSchema,
    run: (input, ctx) =>
      updateFeedback(ctx, input.id, (f, now, rules) => confirmFeedback(f, ctx.actor, input, now, rules)),
  }),
  reopen: action({
    roles: ['resident'],
    input: reopenFeedbackSchema,
    run: (input, ctx) =>
      updateFeedback(ctx, input.id, (f, now, rules) => reopenFeedback(f, ctx.actor, input.reason, now, rules)),
  }),
  followUp: action({
    roles: ['resident'],
    input: followUpFeedbackSchema,
    run: (input, ctx) =>
      updateFeedback(ctx, input.id, (f, now, rules) => followUp(f, ctx.actor, input.message, now, rules)),
  }),
  /** The feedback that names a repair order: the order's side of the link. */
  linked: action({
    roles: ['resident', ...STAFF],
    input: linkedFeedbackSchema,
    run: (input, ctx) => linkedFeedback(ctx, input.orderId),
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
