import { rateLimited, type AppError } from '@core/shared/errors'
import { ESTATE_UTC_OFFSET_MINUTES } from '@core/shared/time'
import type { Store } from '../store/store.port'

/**
 * Every limit and cap is a set of numbered slots per fixed window: taking one is an insert of a
 * document whose id names the slot, and the store refuses a second insert of an id. So however the
 * calls interleave (CloudBase answers over the network, the local host in-process), at most `limit`
 * callers hold a slot of one window: no read-then-write gap to race through.
 */
const limitSlots = (store: Store) => store.collection('limitSlots')

export interface Limit {
  /** Who or what is limited, e.g. `repairCreate:hour:1-101`. */
  scope: string
  /** Slots per window; 0 means no limit. */
  limit: number
  windowMinutes: number
  /** What the refusal says (English, for logs and developers). */
  message: string
}

/** A slot held: give it back when the attempt it paid for should not count after all. */
export interface Held {
  release(): Promise<void>
}

const MINUTE = 60_000
const OFFSET = ESTATE_UTC_OFFSET_MINUTES * MINUTE

/** The start of the window holding `now`; windows align to estate midnight, so "a day" is a calendar day. */
function windowStart(now: Date, windowMinutes: number): number {
  const size = windowMinutes * MINUTE
  return Math.floor((now.getTime() + OFFSET) / size) * size - OFFSET
}

/** Takes one slot of each limit in order, or none: a later refusal gives back the earlier slots. */
export async function takeSlots(
  store: Store,
  limits: readonly Limit[],
  now: Date,
): Promise<{ ok: true; held: Held } | { ok: false; error: AppError }> {
  const taken: Held[] = []
  const releaseAll = async () => {
    for (const held of taken) await held.release()
  }
  for (const limit of limits) {
    const slot = await takeSlot(store, limit, now)
    if (!slot.ok) {
      await releaseAll()
      return slot
    }
    taken.push(slot.held)
  }
  return { ok: true, held: { release: releaseAll } }
}

export async function takeSlot(
  store: Store,
  limit: Limit,
  now: Date,
): Promise<{ ok: true; held: Held } | { ok: false; error: AppError }> {
  if (limit.limit <= 0) return { ok: true, held: { release: async () => {} } }
  const start = windowStart(now, limit.windowMinutes)
  const end = start + limit.windowMinutes * MINUTE
  const slots = limitSlots(store)
  const prefix = `${limit.scope}|${new Date(start).toISOString()}|`
  for (let n = 0; n < limit.limit; n++) {
    const saved = await slots.insert({ id: `${prefix}${n}`, version: 0, expiresAt: new Date(end).toISOString() })
    if (saved) return { ok: true, held: { release: async () => void (await slots.remove(saved.id, saved.version)) } }
  }
  return { ok: false, error: rateLimited(limit.message, (end - now.getTime()) / 1000) }
}

/** Housekeeping: slots of windows that have ended. */
export async function removeExpiredSlots(store: Store, now: Date, batch = 500): Promise<number> {
  const slots = limitSlots(store)
  const expired = await slots.find({ where: { expiresAt: { lt: now.toISOString() } }, limit: batch })
  let removed = 0
  for (const slot of expired) if (await slots.remove(slot.id, slot.version)) removed++
  return removed
}
