import type { Actor } from '@core/identity/actor'
import { appError, ErrorCode, type AppError } from '@core/shared/errors'
import { FIXED_LIMITS } from '../limits/abuse-limits'
import { takeSlot, type Held } from '../limits/slots'
import type { Store } from '../store/store.port'

/** Who attaches photos: bound residents (repair reports), maintenance staff (completion) and managers. */
export const mayUpload = (actor: Actor): boolean =>
  (actor.role === 'resident' && actor.unitId !== null) || actor.role === 'maintenance' || actor.role === 'manager'

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
