import type { Actor } from '@core/identity/actor'
import {
  assignRepairSchema,
  cancelRepairSchema,
  completeRepairSchema,
  confirmRepairSchema,
  createRepairSchema,
  holdRepairSchema,
  listRepairsSchema,
  orderRefSchema,
  reopenRepairSchema,
  transferRepairSchema,
} from '@core/repair/repair.schemas'
import { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import {
  accept,
  assign,
  cancel,
  complete,
  confirm,
  hold,
  reopen,
  resume,
  start,
  transfer,
} from '@core/repair/work-order.machine'
import { canView } from '@core/repair/work-order.visibility'
import { appError, ErrorCode, notFoundError } from '@core/shared/errors'
import { fail, ok, type Result, notFound } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action, type ActionContext } from '../action'
import { defineFunction } from '../define-function'
import { updateDoc } from '../store/update-doc'
import { loadRules, loadSettings } from '../estate/estate-settings'
import { resolveActor } from '../actor.resolver'

import { dispatchFor } from './dispatch'
import { lateOrders } from './late-orders'
import { listOrders } from './list-orders'
import { notifyChanges } from './repair-notices'

async function findVisible(ctx: ActionContext, id: string): Promise<Result<WorkOrder>> {
  const order = await ctx.store.collection('workOrders').get(id)
  // An order of another household reads as absent, so its existence does not leak.
  return order && canView(order, ctx.actor) ? ok(order) : notFound('order')
}

type Change = (order: WorkOrder, now: string, rules: SlaRules) => Result<WorkOrder>

/** Applies a domain transition with compare-and-set (retried on fresh data), then announces it. */
async function mutate(
  ctx: ActionContext,
  id: string,
  change: Change,
  mayTouch: (order: WorkOrder, actor: Actor) => boolean = canView,
): Promise<Result<WorkOrder>> {
  const rules = await loadRules(ctx.store)
  const updated = await updateDoc(
    ctx.store.collection('workOrders'),
    id,
    (order) => (mayTouch(order, ctx.actor) ? change(order, ctx.now, rules) : notFound('order')),
    { missing: () => notFoundError('order') },
  )
  if (!updated.ok) return updated
  await notifyChanges(ctx, rules, updated.value.before, updated.value.doc)
  return ok(updated.value.doc)
}

/** Staff may try to grab any order; one already taken answers CONFLICT rather than NOT_FOUND. */
const anyMaintenanceStaff = (_order: WorkOrder, actor: Actor) => actor.role === 'maintenance'

/** Resolves a staff member named in the input; an unknown openid is simply not a worker. */
const staffMember = (ctx: ActionContext, openid: string) => resolveActor(ctx.store, openid)

export const repairFunction = defineFunction('repair', {
  actions: {
    create: action({
      roles: ['resident'],
      input: createRepairSchema,
      async run(input, ctx) {
        const owned = await ctx.runtime.files.checkOwned(input.photos, ctx.actor)
        if (!owned.ok) return owned
        // One read of the estate's settings serves both the SLA terms and the dispatch mode.
        const settings = await loadSettings(ctx.store)
        const rules = new SlaRules(settings.sla)
        const dispatch = await dispatchFor(ctx.store, settings, ctx.actor, input.category)
        const now = ctx.now
        const order = createWorkOrder({ id: ctx.runtime.newId(), ...input }, ctx.actor, now, rules, dispatch)
        if (!order.ok) return order
        const saved = await ctx.store.collection('workOrders').insert(order.value)
        if (!saved) return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
        await ctx.runtime.files.attach(input.photos, saved.id, ctx.actor)
        await notifyChanges(ctx, rules, null, saved)
        return ok(saved)
      },
    }),
    get: action({
      roles: ['resident', 'maintenance', 'manager'],
      input: orderRefSchema,
      run: (input, ctx) => findVisible(ctx, input.id),
    }),
    list: action({
      roles: ['resident', 'maintenance', 'manager'],
      input: listRepairsSchema,
      run: (input, ctx) => listOrders(ctx.store.collection('workOrders'), ctx.actor, input),
    }),
    late: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, ctx) => ok(await lateOrders(ctx.store.collection('workOrders'), ctx.now)),
    }),
    accept: action({
      roles: ['maintenance'],
      input: orderRefSchema,
      run: (input, ctx) =>
        mutate(ctx, input.id, (o, now, rules) => accept(o, ctx.actor, now, rules), anyMaintenanceStaff),
    }),
    start: action({
      roles: ['maintenance'],
      input: orderRefSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now, rules) => start(o, ctx.actor, now, rules)),
    }),
    hold: action({
      roles: ['maintenance'],
      input: holdRepairSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now, rules) => hold(o, ctx.actor, now, rules, input)),
    }),
    resume: action({
      roles: ['maintenance', 'manager'],
      input: orderRefSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now, rules) => resume(o, ctx.actor, now, rules)),
    }),
    transfer: action({
      roles: ['maintenance', 'manager'],
      input: transferRepairSchema,
      async run(input, ctx) {
        const to = await staffMember(ctx, input.toOpenid)
        return mutate(ctx, input.id, (o, now, rules) => transfer(o, ctx.actor, to, input.reason, now, rules))
      },
    }),
    /** The workers a job can be handed to: every maintenance worker but the one who holds it. */
    transferTargets: action({
      roles: ['maintenance', 'manager'],
      input: orderRefSchema,
      async run(input, ctx) {
        const order = await findVisible(ctx, input.id)
        if (!order.ok) return order
        const workers = await ctx.store.collection('users').find({ where: { role: 'maintenance' }, limit: 1000 })
        const items = workers
          .filter((w) => w.id !== order.value.assigneeOpenid)
          .map((w) => ({ openid: w.id, name: w.name, role: w.role }))
        return ok({ items })
      },
    }),
    complete: action({
      roles: ['maintenance'],
      input: completeRepairSchema,
      async run(input, ctx) {
        const photos = input.photos ?? []
        const owned = await ctx.runtime.files.checkOwned(photos, ctx.actor)
        if (!owned.ok) return owned
        const completed = await mutate(ctx, input.id, (o, now, rules) => complete(o, ctx.actor, now, rules, input))
        if (completed.ok) await ctx.runtime.files.attach(photos, input.id, ctx.actor)
        return completed
      },
    }),
    confirm: action({
      roles: ['resident'],
      input: confirmRepairSchema,
      run: (input, ctx) =>
        mutate(ctx, input.id, (o, now, rules) =>
          confirm(o, ctx.actor, now, rules, { stars: input.rating, comment: input.comment }),
        ),
    }),
    reopen: action({
      roles: ['resident'],
      input: reopenRepairSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now, rules) => reopen(o, ctx.actor, now, rules, input.reason)),
    }),
    cancel: action({
      roles: ['resident', 'manager'],
      audit: true,
      input: cancelRepairSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now, rules) => cancel(o, ctx.actor, now, rules, input.reason)),
    }),
    assign: action({
      roles: ['manager'],
      audit: true,
      input: assignRepairSchema,
      async run(input, ctx) {
        const staff = await staffMember(ctx, input.staffOpenid)
        return mutate(ctx, input.id, (o, now, rules) => assign(o, ctx.actor, staff, now, rules))
      },
    }),
  },
})
