import { z } from '@core/shared/zod'
import { collectionOf, time } from './collection-spec'
import type { ConsoleSignIn, LimitSlot, LoggedRequest, OutboxEntry } from './documents'

/** The platform's own bookkeeping, kept across estates: delivery stand-in, limits, idempotency, sign-ins. */
export const PLATFORM_COLLECTIONS = {
  // The local stand-in for WeChat's delivery: the platform's record, not an estate's.
  outbox: collectionOf<OutboxEntry>()({
    fields: () => ({ toOpenid: z.string(), sentAt: time }),
    indexes: [['toOpenid', 'sentAt'], ['sentAt']],
    scope: 'global',
  }),
  /**
   * Limits and caps: one counter document per window (limits/slots.ts). Global: a person's
   * limits (bad invite codes, uploads) hold before they have an estate and across estates; a
   * household's limits name the household's estate in their scope.
   */
  limitSlots: collectionOf<LimitSlot>()({
    fields: () => ({ expiresAt: time, count: z.number().int().min(0).optional() }),
    indexes: [['expiresAt']],
    scope: 'global',
  }),
  /**
   * Idempotency: the first result of each (caller, action, requestId), kept 24 h. Global: keyed by
   * the caller, and a guest's first call (applying, redeeming) comes before they have an estate.
   */
  requestLog: collectionOf<LoggedRequest>()({
    fields: () => ({ at: time, payload: z.string() }),
    indexes: [['at']],
    scope: 'global',
  }),
  /** Desktop console sign-ins, keyed by the code the console's QR shows; live for 2 minutes. */
  // A desktop sign-in starts before anyone (and so any estate) is known: the platform's record.
  consoleSignIns: collectionOf<ConsoleSignIn>()({
    fields: () => ({ expiresAt: time, status: z.enum(['pending', 'approved', 'completed']) }),
    // Housekeeping's range read of the expired ones.
    indexes: [['expiresAt']],
    scope: 'global',
  }),
} as const
