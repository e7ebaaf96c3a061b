import type { completeRepairSchema } from '@core/repair/repair.schemas'
import type { WorkOrder } from '@core/repair/work-order'
import { complete } from '@core/repair/work-order.machine'
import type { Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { updateOrder } from './order-update'

/** The holder reports the job done with a note and their own photos, which then belong to the order. */
export async function completeOrder(
  ctx: ActionContext,
  input: z.output<typeof completeRepairSchema>,
): Promise<Result<WorkOrder>> {
  const photos = input.photos ?? []
  const owned = await ctx.runtime.files.checkOwned(photos, ctx.actor)
  if (!owned.ok) return owned
  const completed = await updateOrder(ctx, input.id, (o, now, rules) => complete(o, ctx.actor, now, rules, input))
  if (completed.ok) await ctx.runtime.files.attach(photos, input.id)
  return completed
}
