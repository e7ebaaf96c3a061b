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
import { hurry } from '@core/repair/hurry'
import { accept, cancel, confirm, hold, reopen, resume, start } from '@core/repair/work-order.machine'
import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { defineFunction } from '../define-function'
import { scheduleReturnVisit } from '../feedback/return-visits'
import { completeOrder } from './complete-order'
import { createOrder } from './create-order'
import { assignOrder, transferOrder, transferTargets } from './hand-over'
import { lateOrders } from './late-orders'
import { listOrders } from './list-orders'
import { orderContact } from './order-contact'
import { anyMaintenanceStaff, findVisible, updateOrder } from './order-update'

/** Work orders: each action names who may call it and the use case it runs. */
export const repairFunction = defineFunction('repair', {
  actions: {
    create: action({
      roles: ['resident'],
      input: createRepairSchema,
      run: (input, ctx) => createOrder(ctx, input),
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
        updateOrder(ctx, input.id, (o, now, rules) => accept(o, ctx.actor, now, rules), anyMaintenanceStaff),
    }),
    start: action({
      roles: ['maintenance'],
      input: orderRefSchema,
      run: (input, ctx) => updateOrder(ctx, input.id, (o, now, rules) => start(o, ctx.actor, now, rules)),
    }),
    hold: action({
      roles: ['maintenance'],
      input: holdRepairSchema,
      run: (input, ctx) => updateOrder(ctx, input.id, (o, now, rules) => hold(o, ctx.actor, now, rules, input)),
    }),
    resume: action({
      roles: ['maintenance', 'manager'],
      input: orderRefSchema,
      run: (input, ctx) => updateOrder(ctx, input.id, (o, now, rules) => resume(o, ctx.actor, now, rules)),
    }),
    transfer: action({
      roles: ['maintenance', 'manager'],
      input: transferRepairSchema,
      run: (input, ctx) => transferOrder(ctx, input),
    }),
    transferTargets: action({
      roles: ['maintenance', 'manager'],
      input: orderRefSchema,
      run: (input, ctx) => transferTargets(ctx, input.id),
    }),
    complete: action({
      roles: ['maintenance'],
      input: completeRepairSchema,
      run: (input, ctx) => completeOrder(ctx, input),
    }),
    confirm: action({
      roles: ['resident'],
      input: confirmRepairSchema,
      async run(input, ctx) {
        const closed = await updateOrder(ctx, input.id, (o, now, rules) =>
          confirm(o, ctx.actor, now, rules, { stars: input.rating, comment: input.comment }),
        )
        if (closed.ok) await scheduleReturnVisit(ctx, closed.value)
        return closed
      },
    }),
    reopen: action({
      roles: ['resident'],
      input: reopenRepairSchema,
      run: (input, ctx) =>
        updateOrder(ctx, input.id, (o, now, rules) => reopen(o, ctx.actor, now, rules, input.reason)),
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
      roles: ['resident', 'maintenance', 'manager'],
      input: orderRefSchema,
      async run(input, ctx) {
        const order = await findVisible(ctx, input.id)
        return order.ok ? orderContact(ctx.runtime.store, order.value, ctx.actor) : order
      },
    }),
    assign: action({
      roles: ['manager'],
      audit: true,
      input: assignRepairSchema,
      run: (input, ctx) => assignOrder(ctx, input),
    }),
  },
})
