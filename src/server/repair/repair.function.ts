import type { Actor } from '@core/identity/actor'
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
  reopenRepairSchema,
  transferRepairSchema,
} from '@core/repair/repair.schemas'
import type { SlaRules } from '@core/repair/sla'
import type { Category, WorkOrder } from '@core/repair/work-order'
import { hasSkill } from '@core/estate/estate'
import {
  accept,
  assign,
  cancel,
  canView,
  complete,
  confirm,
  hold,
  reopen,
  resume,
  start,
  transfer,
} from '@core/repair/work-order.machine'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action, defineFunction, type ActionContext } from '../define-function'
import { once } from '../idempotency/request-log'
import { updateDoc } from '../store/update-doc'
import { loadRules } from '../estate/estate-settings'
import { scheduleReturnVisit } from '../feedback/return-visits'
import { resolveActor } from '../identity/actor.resolver'
import type { UserDoc } from '../identity/user.doc'
import { createOrder } from './create-order'
import { lateOrders } from './late-orders'
import { listOrders } from './list-orders'
import { notifyChanges } from './repair-notices'
import { workOrders } from './work-order.repository'

const notFoundError = appError(ErrorCode.NOT_FOUND, 'no such order')
const notFound = () => fail(notFoundError)

/** Why the sweep parked an order is for managers (it names internals); others see the order without it. */
function viewFor(order: WorkOrder, actor: Actor): WorkOrder {
  if (actor.role === 'manager' || order.sweepError === undefined) return order
  const { sweepError: _sweepError, ...rest } = order
  return rest
}

async function findVisible(ctx: ActionContext, id: string): Promise<Result<WorkOrder>> {
  const order = await workOrders(ctx.runtime.store).get(id)
  // An order of another household reads as absent, so its existence does not leak.
  return order && canView(order, ctx.actor) ? ok(viewFor(order, ctx.actor)) : notFound()
}

type Change = (order: WorkOrder, now: string, rules: SlaRules) => Result<WorkOrder>

/** Applies a domain transition with compare-and-set (retried on fresh data), then announces it. */
async function mutate(
  ctx: ActionContext,
  id: string,
  change: Change,
  mayTouch: (order: WorkOrder, actor: Actor) => boolean = canView,
): Promise<Result<WorkOrder>> {
  const rules = await loadRules(ctx.runtime.store)
  const updated = await updateDoc(
    workOrders(ctx.runtime.store).collection,
    id,
    (order) => (mayTouch(order, ctx.actor) ? change(order, ctx.runtime.clock.now().toISOString(), rules) : notFound()),
    { missing: () => notFoundError },
  )
  if (!updated.ok) return updated
  await notifyChanges(ctx.runtime, rules, updated.value.before, updated.value.doc)
  return ok(viewFor(updated.value.doc, ctx.actor))
}

/** Staff may try to grab any order; one already taken answers CONFLICT rather than NOT_FOUND. */
const anyMaintenanceStaff = (_order: WorkOrder, actor: Actor) => actor.role === 'maintenance'

/** The categories a worker takes from the pool; none listed means every category. */
async function skillsOf(ctx: ActionContext): Promise<readonly Category[]> {
  return (await ctx.runtime.store.collection<UserDoc>('users').get(ctx.actor.openid))?.skills ?? []
}

const outsideSkills = () => fail(appError(ErrorCode.FORBIDDEN, 'this job is outside your skills'))

/** Resolves a staff member named in the input; an unknown openid is simply not a worker. */
const staffMember = (ctx: ActionContext, openid: string) => resolveActor(ctx.runtime.store, openid)

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
    /** Links to an order's photos for those who may see it: clients never read storage directly. */
    photoUrls: action({
      roles: ['resident', 'maintenance', 'manager'],
      input: orderRefSchema,
      async run(input, ctx) {
        const order = await findVisible(ctx, input.id)
        if (!order.ok) return order
        const fileIds = [...order.value.photos, ...(order.value.completionPhotos ?? [])]
        const urls = await ctx.runtime.files.tempUrls(fileIds)
        return ok({ items: fileIds.map((fileId, i) => ({ fileId, url: urls[i]! })) })
      },
    }),
    list: action({
      roles: ['resident', 'maintenance', 'manager'],
      input: listRepairsSchema,
      async run(input, ctx) {
        const skills = input.scope === 'pool' ? await skillsOf(ctx) : []
        const page = await listOrders(workOrders(ctx.runtime.store), ctx.actor, input, skills)
        return page.ok ? ok({ ...page.value, items: page.value.items.map((o) => viewFor(o, ctx.actor)) }) : page
      },
    }),
    late: action({
      roles: ['manager'],
      input: lateBoardSchema,
      run: (input, ctx) => lateOrders(workOrders(ctx.runtime.store), ctx.runtime.clock.now(), input),
    }),
    accept: action({
      roles: ['maintenance'],
      input: orderRefSchema,
      async run(input, ctx) {
        const skills = await skillsOf(ctx)
        return mutate(
          ctx,
          input.id,
          (o, now, rules) =>
            hasSkill({ skills: [...skills] }, o.category) ? accept(o, ctx.actor, now, rules) : outsideSkills(),
          anyMaintenanceStaff,
        )
      },
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
        const workers = await ctx.runtime.store
          .collection<UserDoc>('users')
          .find({ where: { role: 'maintenance' }, limit: 1000 })
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
        if (completed.ok) await ctx.runtime.files.attach(photos, input.id)
        return completed
      },
    }),
    confirm: action({
      roles: ['resident'],
      input: confirmRepairSchema,
      async run(input, ctx) {
        const closed = await mutate(ctx, input.id, (o, now, rules) =>
          confirm(o, ctx.actor, now, rules, { stars: input.rating, comment: input.comment }),
        )
        if (closed.ok) await scheduleReturnVisit(ctx.runtime, closed.value)
        return closed
      },
    }),
    reopen: action({
      roles: ['resident'],
      input: reopenRepairSchema,
      run: (input, ctx) =>
        once(ctx, 'repair.reopen', input, () =>
          mutate(ctx, input.id, (o, now, rules) => reopen(o, ctx.actor, now, rules, input.reason)),
        ),
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
