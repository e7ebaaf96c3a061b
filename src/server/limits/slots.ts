import { appError, ErrorCode, rateLimited, type AppError } from '@core/shared/errors'
import { ESTATE_UTC_OFFSET_MINUTES } from '@core/shared/time'
import type { LimitSlot } from '../store/documents'
import { removeExpired } from '../store/remove-expired'
import type { Store } from '../store/store.port'

/**
 * Every limit and cap is a counter per fixed window: one document whose id names the scope and the
 * window, its `count` the slots held, raised and lowered only by compare-and-set on its version. So
 * however the calls interleave (CloudBase answers over the network, the local host in-process), the
 * count never passes `limit`: a caller that read a stale count loses the compare-and-set and reads
 * again. Taking a slot costs one read and one write whatever the count (numbered slot documents
 * cost one insert per slot already held).
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
/**
 * Every lost compare-and-set means another caller moved the count, and takes are bounded by the
 * limit, so a caller loses only while others are taking or giving back; this bounds a pathological
 * storm of both.
 */
const MAX_ATTEMPTS = 100

type Taken = { ok: true; held: Held } | { ok: false; error: AppError }

/** The start of the window holding `now`; windows align to estate midnight, so "a day" is a calendar day. */
function windowStart(now: Date, windowMinutes: number): number {
  const size = windowMinutes * MINUTE
  return Math.floor((now.getTime() + OFFSET) / size) * size - OFFSET
}

/** The counter document of the window of `limit` holding `now`. */
function slotId(limit: Pick<Limit, 'scope' | 'windowMinutes'>, now: Date): string {
  return `${limit.scope}|${new Date(windowStart(now, limit.windowMinutes)).toISOString()}`
}

/**
 * The counters of each window as they stand, read side by side: a caller can read them beside its
 * other reads, and `takeSlots` starts from them, so taking costs only the compare-and-set after.
 */
export function readSlots(
  store: Store,
  windows: readonly Pick<Limit, 'scope' | 'windowMinutes'>[],
  now: Date,
): Promise<(LimitSlot | null)[]> {
  return Promise.all(windows.map((window) => limitSlots(store).get(slotId(window, now))))
}

/**
 * Takes one slot of each limit, or none: the windows are counted together (each a read and a
 * write, side by side; the read skipped when `read` has it, from `readSlots`), and a refusal of
 * one gives back the slots the others took.
 */
export async function takeSlots(
  store: Store,
  limits: readonly Limit[],
  now: Date,
  read?: readonly (LimitSlot | null)[],
): Promise<Taken> {
  const taken = await Promise.all(limits.map((limit, i) => takeSlot(store, limit, now, read?.[i])))
  const held = taken.flatMap((t) => (t.ok ? [t.held] : []))
  const releaseAll = async () => void (await Promise.all(held.map((h) => h.release())))
  const refused = taken.find((t) => !t.ok)
  if (refused) {
    await releaseAll()
    return refused
  }
  return { ok: true, held: { release: releaseAll } }
}

/** One slot of `limit`; `read` is its counter as just read (first attempt only), if the caller has it. */
export async function takeSlot(store: Store, limit: Limit, now: Date, read?: LimitSlot | null): Promise<Taken> {
  if (limit.limit <= 0) return { ok: true, held: { release: async () => {} } }
  const end = windowStart(now, limit.windowMinutes) + limit.windowMinutes * MINUTE
  const slots = limitSlots(store)
  const id = slotId(limit, now)
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const window = attempt === 0 && read !== undefined ? read : await slots.get(id)
    const count = window?.count ?? 0
    if (count >= limit.limit) {
      return { ok: false, error: rateLimited(limit.message, (end - now.getTime()) / 1000) }
    }
    const saved = window
      ? await slots.replace({ ...window, count: count + 1 })
      : await slots.insert({ id, version: 0, count: 1, expiresAt: new Date(end).toISOString() })
    if (saved) return { ok: true, held: { release: () => giveBack(store, id) } }
  }
  return { ok: false, error: appError(ErrorCode.CONFLICT, `${limit.scope} is contended; try again`) }
}

/** Lowers the window's count by one, with compare-and-set like the take. */
async function giveBack(store: Store, id: string): Promise<void> {
  const slots = limitSlots(store)
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const window = await slots.get(id)
    if (!window?.count) return
    if (await slots.replace({ ...window, count: window.count - 1 })) return
  }
}

/** Housekeeping: the counters of windows that have ended. */
export async function removeExpiredSlots(store: Store, now: Date, batch = 500): Promise<number> {
  return removeExpired(limitSlots(store), 'expiresAt', now.toISOString(), batch)
}
