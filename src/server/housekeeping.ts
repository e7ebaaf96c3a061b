import { removeExpiredRequests } from './idempotency/request-log'
import { removeExpiredSlots } from './limits/slots'
import type { Runtime } from './runtime/runtime'

/** Uploads not attached to anything within this long are abandoned. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 3600_000

/** Run with the minute timer: each step reads an indexed range, so it costs nothing when nothing is due. */
export async function housekeeping(runtime: Runtime) {
  const now = runtime.clock.now()
  return {
    removedUploads: await runtime.files.removeUnattached(new Date(now.getTime() - UNATTACHED_UPLOAD_TTL_MS)),
    removedLimitSlots: await removeExpiredSlots(runtime.store, now),
    removedRequests: await removeExpiredRequests(runtime.store, now),
  }
}
