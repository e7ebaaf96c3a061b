import type { StaffRef } from '@core/estate/estate'
import type { WorkOrder } from '@core/repair/work-order'
import { assign, transfer } from '@core/repair/work-order.machine'
import { ok, type Result } from '@core/shared/result'
import type { ActionContext } from '../action'
import { resolveActor } from '../actor.resolver'
import { findStaff, staffRef } from '../identity/people.repository'
import { findVisible, updateOrder } from './order-update'

/** The workers a job can be handed to: every maintenance worker but the one who holds it. */
export async function transferTargets(ctx: ActionContext, id: string): Promise<Result<{ items: StaffRef[] }>> {
  const order = await findVisible(ctx, id)
  if (!order.ok) return order
  const workers = await findStaff(ctx.store, ['maintenance'])
  return ok({ items: workers.filter((w) => w.openid !== order.value.assigneeOpenid).map(staffRef) })
}

/** Handover (转单) by the holder or a manager; an unknown openid is simply not a worker. */
export async function transferOrder(
  ctx: ActionContext,
  input: { id: string; toOpenid: string; reason: string },
): Promise<Result<WorkOrder>> {
  const to = await resolveActor(ctx.store, input.toOpenid)
  return updateOrder(ctx, input.id, (o, now, rules) => transfer(o, ctx.actor, to, input.reason, now, rules))
}

/** A manager dispatches a waiting job to a worker, or hands a running one over. */
export async function assignOrder(
  ctx: ActionContext,
  input: { id: string; staffOpenid: string },
): Promise<Result<WorkOrder>> {
  const staff = await resolveActor(ctx.store, input.staffOpenid)
  return updateOrder(ctx, input.id, (o, now, rules) => assign(o, ctx.actor, staff, now, rules))
}
