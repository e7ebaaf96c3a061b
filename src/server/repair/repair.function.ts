import { OFFICE_ROLES } from '@core/identity/actor'
import {
  assignRepairSchema,
  cancelRepairSchema,
  completeRepairSchema,
  confirmRepairSchema,
  createRepairSchema,
  holdRepairSchema,
  lateBoardSchema,
  listRepairsSchema,
  orderRefSchema,
  prepareUploadSchema,
  reopenRepairSchema,
  transferRepairSchema,
} from '@core/repair/repair.schemas'
import { checkArrival, checkIn, checkInSchema } from '@core/repair/on-site-proof'
import { hurry } from '@core/repair/hurry'
import { accept, cancel, confirm, hold, reopen, resume, start } from '@core/repair/work-order.machine'
import { hasSkill } from '@core/estate/estate'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok } from '@core/shared/result'
import { action } from '../action'
import { defineFunction } from '../define-function'
import { loadFeedbackSettings } from '../feedback/feedback.repository'
import { scheduleReturnVisit } from '../feedback/return-visits'
import { prepareUpload } from '../files/prepare-upload'
import { UPLOADERS } from '../files/upload-policy'
import { once } from '../idempotency/request-log'
import { completeOrder } from './complete-order'
import { createOrder } from './create-order'
import { assignOrder, transferOrder, transferTargets } from './hand-over'
import { lateOrders } from './late-orders'
import { listOrders } from './list-orders'
import { orderContact } from './order-contact'
import { anyTeamWorker, findVisible, updateOrder, viewFor } from './order-update'

const outsideSkills = () => fail(appError(ErrorCode.FORBIDDEN, 'this job is outside your skills'))

/** The estate's maintenance staff and vendors' workers: both take jobs, each from their own team. */
const WORKERS = ['maintenance', 'vendor'] as const

/** Work orders: each action names who may call it and the use case it runs. */
export const repairFunction = defineFunction('repair', {
  // Every repair action's `id` names a work order.
  readAhead: 'workOrders',
  actions: {
    create: action({
      roles: ['resident'],
      input: createRepairSchema,
      run: (input, ctx) => createOrder(ctx, input),
    }),
    get: action({
      roles: ['resident', 'maintenance', 'vendor', ...OFFICE_ROLES],
      input: orderRefSchema,
      run: (input, ctx) => findVisible(ctx, input.id),
    }),
    list: action({
      roles: ['resident', 'maintenance', 'vendor', 'manager'],
      input: listRepairsSchema,
      async run(input, ctx) {
        const skills = input.scope === 'pool' ? (ctx.actor.skills ?? []) : []
        const page = await listOrders(ctx.store.collection('workOrders'), ctx.actor, input, skills)
        return page.ok ? ok({ ...page.value, items: page.value.items.map((o) => viewFor(o, ctx.actor)) }) : page
      },
    }),
    /** WeChat: where to upload one photo (admitted and recorded first; see files/prepare-upload.ts). */
    prepareUpload: action({ roles: UPLOADERS, input: prepareUploadSchema, run: prepareUpload }),
    /** Links to an order's photos for those who may see it: clients never read storage directly. */
    photoUrls: action({
      roles: ['resident', 'maintenance', 'vendor', 'manager'],
      input: orderRefSchema,
      async run(input, ctx) {
        const order = await findVisible(ctx, input.id)
        if (!order.ok) return order
        const fileIds = [
          ...order.value.photos,
          ...(order.value.beforePhotos ?? []),
          ...(order.value.completionPhotos ?? []),
        ]
        const urls = await ctx.runtime.files.tempUrls(fileIds)
        return ok({ items: fileIds.map((fileId, i) => ({ fileId, url: urls[i]! })) })
      },
    }),
    late: action({
      roles: OFFICE_ROLES,
      input: lateBoardSchema,
      run: (input, ctx) => lateOrders(ctx.store.collection('workOrders'), ctx.now, input),
    }),
    accept: action({
      roles: WORKERS,
      input: orderRefSchema,
      run: (input, ctx) =>
        updateOrder(
          ctx,
          input.id,
          (o, now, rules) =>
            hasSkill({ skills: ctx.actor.skills ?? [] }, o.category)
              ? accept(o, ctx.actor, now, rules)
              : outsideSkills(),
          anyTeamWorker,
        ),
    }),
    start: action({
      roles: WORKERS,
      input: orderRefSchema,
      run: (input, ctx) =>
        updateOrder(ctx, input.id, (o, now, rules) => {
          const arrived = checkArrival(o)
          return arrived.ok ? start(o, ctx.actor, now, rules) : arrived
        }),
    }),
    /** On-site proof: the assignee's arrival, timed by the server, located when the device allows. */
    checkIn: action({
      roles: WORKERS,
      input: checkInSchema,
      run: (input, ctx) => updateOrder(ctx, input.id, (o, now) => checkIn(o, ctx.actor, now, input.location ?? null)),
    }),
    hold: action({
      roles: WORKERS,
      input: holdRepairSchema,
      run: (input, ctx) => updateOrder(ctx, input.id, (o, now, rules) => hold(o, ctx.actor, now, rules, input)),
    }),
    resume: action({
      roles: [...WORKERS, 'manager'],
      input: orderRefSchema,
      run: (input, ctx) => updateOrder(ctx, input.id, (o, now, rules) => resume(o, ctx.actor, now, rules)),
    }),
    transfer: action({
      roles: [...WORKERS, 'manager'],
      input: transferRepairSchema,
      run: (input, ctx) => transferOrder(ctx, input),
    }),
    transferTargets: action({
      roles: [...WORKERS, 'manager'],
      input: orderRefSchema,
      run: (input, ctx) => transferTargets(ctx, input.id),
    }),
    complete: action({
      roles: WORKERS,
      input: completeRepairSchema,
      run: (input, ctx) => completeOrder(ctx, input),
    }),
    confirm: action({
      roles: ['resident'],
      input: confirmRepairSchema,
      async run(input, ctx) {
        // Read beside the close: whether it calls for a return visit is known as soon as it is written.
        const feedbackSettings = loadFeedbackSettings(ctx.store)
        feedbackSettings.catch(() => undefined)
        const closed = await updateOrder(ctx, input.id, (o, now, rules) =>
          confirm(o, ctx.actor, now, rules, { stars: input.rating, comment: input.comment }),
        )
        if (closed.ok) await scheduleReturnVisit(ctx, closed.value, feedbackSettings)
        return closed
      },
    }),
    reopen: action({
      roles: ['resident'],
      input: reopenRepairSchema,
      run: (input, ctx) =>
        once(ctx, 'repair.reopen', input, () =>
          updateOrder(ctx, input.id, (o, now, rules) => reopen(o, ctx.actor, now, rules, input.reason)),
        ),
    }),
    cancel: action({
      roles: ['resident', 'manager'],
      audit: true,
      input: cancelRepairSchema,
      run: (input, ctx) =>
        updateOrder(ctx, input.id, (o, now, rules) => cancel(o, ctx.actor, now, rules, input.reason)),
    }),
    /** 催单: the household hurries a late job (once per 30 minutes); the holder or grid owner hears of it. */
    hurry: action({
      roles: ['resident'],
      input: orderRefSchema,
      run: (input, ctx) => updateOrder(ctx, input.id, (o, now) => hurry(o, ctx.actor, now)),
    }),
    /** The number behind the order's call button (the screen masks it until the tap). */
    contact: action({
      roles: ['resident', 'maintenance', 'vendor', 'manager'],
      input: orderRefSchema,
      async run(input, ctx) {
        const order = await findVisible(ctx, input.id)
        return order.ok ? orderContact(ctx.store, order.value, ctx.actor) : order
      },
    }),
    assign: action({
      roles: OFFICE_ROLES,
      audit: true,
      input: assignRepairSchema,
      run: (input, ctx) => assignOrder(ctx, input),
    }),
  },
})
