import { z } from '@core/shared/zod'
import { findAll } from '../billing/billing.repository'
import { workOrders } from '../repair/work-order.repository'
import type { Runtime } from '../runtime/runtime'
import type { Store } from '../store/store.port'
import { departures } from './departures'
import { collectPersonalData, erasePersonalData } from './personal-data'

/** How long personal data is kept; managers may change it (privacy.updateRetention). */
export const retentionSchema = z.object({
  /** Photos of a closed repair are deleted this many months after it closed. */
  photoMonths: z.number().int().min(1, '至少保留 1 个月').max(60, '最多 60 个月'),
  /** A former resident's personal fields are anonymised this many days after they left. */
  formerResidentDays: z.number().int().min(30, '至少保留 30 天').max(3650, '最多 10 年'),
})
export type Retention = z.infer<typeof retentionSchema>

/** Six months of photos (long enough for a reopen or a dispute); three years for former residents (accounting records' minimum). */
export const DEFAULT_RETENTION: Retention = { photoMonths: 6, formerResidentDays: 1095 }

interface RetentionDoc extends Retention {
  id: typeof RETENTION_ID
  version: number
}
const RETENTION_ID = 'privacyRetention'
const retentionDoc = (store: Store) => store.collection<RetentionDoc>('settings')

export async function loadRetention(store: Store): Promise<Retention> {
  const stored = await retentionDoc(store).get(RETENTION_ID)
  return stored ? { photoMonths: stored.photoMonths, formerResidentDays: stored.formerResidentDays } : DEFAULT_RETENTION
}

export async function saveRetention(store: Store, retention: Retention): Promise<Retention | null> {
  const current = await retentionDoc(store).get(RETENTION_ID)
  const saved = current
    ? await retentionDoc(store).replace({ ...current, ...retention })
    : await retentionDoc(store).insert({ id: RETENTION_ID, version: 0, ...retention })
  return saved && { photoMonths: saved.photoMonths, formerResidentDays: saved.formerResidentDays }
}

const monthsBefore = (now: Date, months: number) => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff.toISOString()
}

/**
 * The nightly retention run: photos of repairs closed longer ago than the photo limit are
 * deleted, and former residents past the limit are anonymised. Idempotent: what was done is not
 * found again.
 */
export async function applyRetention(
  runtime: Runtime,
): Promise<{ photosRemoved: number; residentsAnonymised: number }> {
  const retention = await loadRetention(runtime.store)
  const now = runtime.clock.now()
  const photoCutoff = monthsBefore(now, retention.photoMonths)
  // An order closes after it was created, so only orders created before the cutoff can qualify.
  const closed = await findAll(workOrders(runtime.store).collection, {
    status: 'closed',
    createdAt: { lt: photoCutoff },
  })
  let photosRemoved = 0
  for (const order of closed) {
    const photos = [...order.photos, ...order.completionPhotos]
    if (photos.length === 0 || !order.closedAt || order.closedAt >= photoCutoff) continue
    if (await workOrders(runtime.store).save({ ...order, photos: [], completionPhotos: [] })) {
      await runtime.files.remove(photos)
      photosRemoved += photos.length
    }
  }

  const residentCutoff = new Date(now.getTime() - retention.formerResidentDays * 86_400_000).toISOString()
  const due = (await findAll(departures(runtime.store), { anonymisedAt: null })).filter(
    (d) => d.leftAt < residentCutoff,
  )
  let residentsAnonymised = 0
  for (const departure of due) {
    // Someone who came back (bound again) is a resident, not a former one.
    const current = await runtime.store.collection<{ id: string; version: number }>('users').get(departure.id)
    if (current) continue
    await erasePersonalData(runtime, await collectPersonalData(runtime.store, departure.id, departure.unitId))
    await departures(runtime.store).replace({ ...departure, anonymisedAt: now.toISOString() })
    residentsAnonymised++
  }
  return { photosRemoved, residentsAnonymised }
}
