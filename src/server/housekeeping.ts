import { removeExpiredSignIns } from './console/console-sign-in'
import { removeExpiredRequests } from './idempotency/request-log'
import { removeExpiredSlots } from './limits/slots'
import type { Context } from './action'

/** Uploads not attached to anything within this long are abandoned. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 3600_000

/** Run with the minute timer: each step reads an indexed range, so it costs nothing when nothing is due. */
export async function housekeeping(ctx: Context) {
  const now = new Date(ctx.now)
  return {
    // The timers run once per estate, each with that estate's store.
    removedUploads:
      ctx.store.estateId === null
        ? 0
        : await ctx.runtime.files.removeUnattached(
            new Date(now.getTime() - UNATTACHED_UPLOAD_TTL_MS),
            ctx.store.estateId,
          ),
    removedLimitSlots: await removeExpiredSlots(ctx.store, now),
    removedRequests: await removeExpiredRequests(ctx.store, now),
    removedConsoleSignIns: await removeExpiredSignIns(ctx.store, now),
  }
}
