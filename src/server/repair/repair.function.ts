import type { Actor } from '@core/identity/actor'
import {
  assignRepairSchema,
  cancelRepairSchema,
  completeRepairSchema,
  confirmRepairSchema,
  createRepairSchema,
  listRepairsSchema,
  orderRefSchema,
  reopenRepairSchema,
} from '@core/repair/repair.schemas'
import {
  accept,
  assign,
  cancel,
  canView,
  complete,
  confirm,
  createWorkOrder,
  reopen,
  start,
} from '@core/repair/work-order.machine'
import type { WorkOrder } from '@core/repair/work-order'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { resolveActor } from '../identity/actor.resolver'
import { action, defineFunction, type ActionContext } from '../define-function'
import { lateOrders } from './late-orders'
import { listOrders } from './list-orders'
import { workOrders } from './work-order.repository'

/** A lost compare-and-set is retried on fresh data; the domain then decides (e.g. CONFLICT for a taken job). */
const MAX_ATTEMPTS = 3

const notFound = () => fail(appError(ErrorCode.NOT_FOUND, 'no such order'))

async function findVisible(ctx: ActionContext, id: string): Promise<Result<WorkOrder>> {
  const order = await workOrders(ctx.runtime.store).get(id)
  // An order of another household reads as absent, so its existence does not leak.
  return order && canView(order, ctx.actor) ? ok(order) : notFound()
}

async function mutate(
  ctx: ActionContext,
  id: string,
  change: (order: WorkOrder, now: string) => Result<WorkOrder>,
  mayTouch: (order: WorkOrder, actor: Actor) => boolean = canView,
): Promise<Result<WorkOrder>> {
  const orders = workOrders(ctx.runtime.store)
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const order = await orders.get(id)
    if (!order || !mayTouch(order, ctx.actor)) return notFound()
    const next = change(order, ctx.runtime.clock.now().toISOString())
    if (!next.ok) return next
    const saved = await orders.save(next.value)
    if (saved) return ok(saved)
  }
  return fail(appError(ErrorCode.CONFLICT, 'the order is changing too fast; try again'))
}

/** Staff may try to grab any order; one already taken answers CONFLICT rather than NOT_FOUND. */
const anyMaintenanceStaff = (_order: WorkOrder, actor: Actor) => actor.role === 'maintenance'

export const repairFunction = defineFunction('repair', {
  actions: {
    create: action({
      roles: ['resident'],
      input: createRepairSchema,
      async run(input, ctx) {
        const { runtime, actor } = ctx
        const owned = await runtime.files.checkOwned(input.photos, actor)
        if (!owned.ok) return owned
        const order = createWorkOrder({ id: runtime.newId(), ...input }, actor, runtime.clock.now().toISOString(), runtime.policy)
        const saved = await workOrders(runtime.store).insert(order)
        if (!saved) return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
        await runtime.files.attach(input.photos, saved.id)
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
      run: (input, ctx) => listOrders(workOrders(ctx.runtime.store), ctx.actor, input),
    }),
    late: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, ctx) => ok(await lateOrders(workOrders(ctx.runtime.store), ctx.runtime.clock.now())),
    }),
    accept: action({
      roles: ['maintenance'],
      input: orderRefSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now) => accept(o, ctx.actor, now), anyMaintenanceStaff),
    }),
    start: action({
      roles: ['maintenance'],
      input: orderRefSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now) => start(o, ctx.actor, now)),
    }),
    complete: action({
      roles: ['maintenance'],
      input: completeRepairSchema,
      async run(input, ctx) {
        const photos = input.photos ?? []
        const owned = await ctx.runtime.files.checkOwned(photos, ctx.actor)
        if (!owned.ok) return owned
        const completed = await mutate(ctx, input.id, (o, now) => complete(o, ctx.actor, now, input))
        if (completed.ok) await ctx.runtime.files.attach(photos, input.id)
        return completed
      },
    }),
    confirm: action({
      roles: ['resident'],
      input: confirmRepairSchema,
      run: (input, ctx) =>
        mutate(ctx, input.id, (o, now) => confirm(o, ctx.actor, now, { stars: input.rating, comment: input.comment })),
    }),
    reopen: action({
      roles: ['resident'],
      input: reopenRepairSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now) => reopen(o, ctx.actor, now, input.reason, ctx.runtime.policy)),
    }),
    cancel: action({
      roles: ['resident', 'manager'],
      input: cancelRepairSchema,
      run: (input, ctx) => mutate(ctx, input.id, (o, now) => cancel(o, ctx.actor, now, input.reason)),
    }),
    assign: action({
      roles: ['manager'],
      input: assignRepairSchema,
      async run(input, ctx) {
        const staff = await resolveActor(ctx.runtime.store, input.staffOpenid)
        if (staff.role !== 'maintenance') {
          return fail(appError(ErrorCode.VALIDATION_FAILED, 'not a maintenance worker', { staffOpenid: ['请选择维修人员'] }))
        }
        return mutate(ctx, input.id, (o, now) => assign(o, ctx.actor, staff, now))
      },
    }),
  },
})
