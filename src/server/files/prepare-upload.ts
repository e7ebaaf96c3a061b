import type { z } from '@core/shared/zod'
import type { prepareUploadSchema } from '@core/repair/repair.schemas'
import { fail, type Result } from '@core/shared/result'
import type { ActionContext } from '../action'
import { admitUpload } from './upload-policy'

/**
 * Where the mini-program may upload one photo to WeChat storage: the same admission as the local
 * host's upload route (who may upload, the daily quota), then the upload is recorded before its
 * bytes arrive. A repeated ask gets a new place; the unused one is pruned with the abandoned uploads.
 */
export async function prepareUpload(
  input: z.output<typeof prepareUploadSchema>,
  ctx: ActionContext,
): Promise<Result<{ cloudPath: string }>> {
  const now = new Date(ctx.now)
  const admitted = await admitUpload(ctx.store, ctx.actor, now)
  if (!admitted.ok) return fail(admitted.error)
  const reserved = await ctx.runtime.files.reserveUpload(ctx.actor, now, input.extension)
  if (!reserved.ok) await admitted.held.release()
  return reserved
}
