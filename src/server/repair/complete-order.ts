import { checkCompletionPhotos } from '@core/repair/on-site-proof'
import type { completeRepairSchema } from '@core/repair/repair.schemas'
import { checkRootCause } from '@core/repair/repeat-fault'
import type { WorkOrder } from '@core/repair/work-order'
import { complete } from '@core/repair/work-order.machine'
import { ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { updateOrder } from './order-update'

/**
 * The holder reports the job done with a note and their own photos, which then belong to the order.
 * A job that needs on-site proof shows before and after photos; a repeat names its root cause.
 */
export async function completeOrder(
  ctx: ActionContext,
  input: z.output<typeof completeRepairSchema>,
): Promise<Result<WorkOrder>> {
  const photos = input.photos ?? []
  const beforePhotos = input.beforePhotos ?? []
  const owned = await ctx.runtime.files.checkOwned([...beforePhotos, ...photos], ctx.actor)
  if (!owned.ok) return owned
  const completed = await updateOrder(ctx, input.id, (o, now, rules) => {
    // Who may complete, and from which status, is decided first; then what the completion must show.
    const done = complete(o, ctx.actor, now, rules, input)
    if (!done.ok) return done
    const proof = checkCompletionPhotos(o, beforePhotos, photos)
    if (!proof.ok) return proof
    const rootCause = checkRootCause(o, input.rootCause)
    return rootCause.ok ? ok({ ...done.value, beforePhotos, rootCause: rootCause.value }) : rootCause
  })
  if (completed.ok) await ctx.runtime.files.attach([...beforePhotos, ...photos], input.id, ctx.actor)
  return completed
}
