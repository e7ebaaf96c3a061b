import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import type { AbuseLimits, LimitSlot } from '../store/documents'
import type { Store } from '../store/store.port'
import { readSlots, takeSlots, type Limit } from './slots'

const LIMITS_ID = 'limits'

export const DEFAULT_LIMITS: AbuseLimits = {
  id: LIMITS_ID,
  version: 0,
  repairCreatesPerHour: 10,
  repairCreatesPerDay: 30,
}

/** Fixed limits, not settings: brakes on guessing and flooding. */
export const FIXED_LIMITS = {
  /** Unknown, used or expired invite codes a user may try per 10 minutes. */
  inviteFailures: 10,
  /** Photos one user may upload per day. */
  uploadsPerDay: 50,
} as const

const isLimits = (doc: { id: string } | null): doc is AbuseLimits => doc?.id === LIMITS_ID

export async function loadLimits(store: Store): Promise<AbuseLimits> {
  const stored = await store.collection('settings').get(LIMITS_ID)
  return isLimits(stored) ? stored : DEFAULT_LIMITS
}

const perWindow = z.number().int().min(0).max(10_000)
export const updateLimitsSchema = z.object({ repairCreatesPerHour: perWindow, repairCreatesPerDay: perWindow })

export const limitsActions = {
  /** Managers tune the per-household repair limits (audited); 0 lifts one. */
  updateLimits: action({
    roles: ['manager'],
    audit: true,
    input: updateLimitsSchema,
    async run(input, ctx): Promise<Result<AbuseLimits>> {
      const docs = ctx.store.collection('settings')
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await docs.get(LIMITS_ID)
        const saved = isLimits(current)
          ? await docs.replace({ ...current, ...input })
          : await docs.insert({ ...DEFAULT_LIMITS, ...input })
        if (isLimits(saved)) return ok(saved)
      }
      return fail(appError(ErrorCode.CONFLICT, 'another manager saved first; reload and try again'))
    },
  }),
  getLimits: action({
    roles: ['manager'],
    input: z.object({}),
    run: async (_input, ctx) => ok(await loadLimits(ctx.store)),
  }),
}

const repairCreateWindows = (store: Store, unitId: string) =>
  [
    { scope: `repairCreate:hour:${store.estateId}:${unitId}`, windowMinutes: 60 },
    { scope: `repairCreate:day:${store.estateId}:${unitId}`, windowMinutes: 24 * 60 },
  ] as const

export type RepairCreateCounts = [AbuseLimits, (LimitSlot | null)[]]

/** The household's limits and its counters as they stand, read side by side (and beside whatever else the caller reads). */
export function readRepairCreateCounts(store: Store, unitId: string, now: Date): Promise<RepairCreateCounts> {
  return Promise.all([loadLimits(store), readSlots(store, repairCreateWindows(store, unitId), now)])
}

/** A household's repair reports: so many an hour and so many a day, whoever in it files them. */
export async function takeRepairCreateSlot(
  store: Store,
  unitId: string,
  now: Date,
  counts: Promise<RepairCreateCounts> = readRepairCreateCounts(store, unitId, now),
) {
  const [limits, counters] = await counts
  const [hour, day] = repairCreateWindows(store, unitId)
  const windows: Limit[] = [
    {
      ...hour,
      limit: limits.repairCreatesPerHour,
      message: `a household files at most ${limits.repairCreatesPerHour} repair orders an hour`,
    },
    {
      ...day,
      limit: limits.repairCreatesPerDay,
      message: `a household files at most ${limits.repairCreatesPerDay} repair orders a day`,
    },
  ]
  return takeSlots(store, windows, now, counters)
}
