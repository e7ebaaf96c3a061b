import type { Actor, Role } from '@core/identity/actor'
import { appError, ErrorCode, type AppError } from '@core/shared/errors'
import { FIXED_LIMITS } from '../limits/abuse-limits'
import { takeSlot, type Held } from '../limits/slots'
import type { Store } from '../store/store.port'

/** Who attaches photos: residents (repair reports), maintenance staff and vendor workers (completion, on-site proof) and managers. */
export const UPLOADERS = ['resident', 'maintenance', 'vendor', 'manager'] as const satisfies readonly Role[]

/** An uploader's role, and a resident only once bound to a home. */
export const mayUpload = (actor: Actor): boolean =>
  (UPLOADERS as readonly Role[]).includes(actor.role) && (actor.role !== 'resident' || actor.unitId !== null)

/** FORBIDDEN for others; RATE_LIMITED past the daily quota (one unique slot per upload). */
export async function admitUpload(
  store: Store,
  actor: Actor,
  now: Date,
): Promise<{ ok: true; held: Held } | { ok: false; error: AppError }> {
  if (!mayUpload(actor)) return { ok: false, error: appError(ErrorCode.FORBIDDEN, `${actor.role} may not upload`) }
  return takeSlot(
    store,
    {
      scope: `upload:${actor.openid}`,
      limit: FIXED_LIMITS.uploadsPerDay,
      windowMinutes: 24 * 60,
      message: `at most ${FIXED_LIMITS.uploadsPerDay} uploads a day`,
    },
    now,
  )
}
