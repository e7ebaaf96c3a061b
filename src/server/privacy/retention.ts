import { z } from '@core/shared/zod'
import type { Context } from '../action'
import type { RetentionDoc } from '../store/documents'
import { findAll } from '../store/paging'
import type { Store } from '../store/store.port'
import { departures } from './departures'
import { collectPersonalData, erasePersonalData, removePhotos } from './personal-data'

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

const RETENTION_ID: RetentionDoc['id'] = 'privacyRetention'

async function storedRetention(store: Store): Promise<RetentionDoc | null> {
  const doc = await store.collection('settings').get(RETENTION_ID)
  return doc && doc.id === RETENTION_ID ? (doc as RetentionDoc) : null
}

export async function loadRetention(store: Store): Promise<Retention> {
  const stored = await storedRetention(store)
  return stored ? { photoMonths: stored.photoMonths, formerResidentDays: stored.formerResidentDays } : DEFAULT_RETENTION
}

export async function saveRetention(store: Store, retention: Retention): Promise<Retention | null> {
  const current = await storedRetention(store)
  const settings = store.collection('settings')
  const saved = current
    ? await settings.replace({ ...current, ...retention })
    : await settings.insert({ id: RETENTION_ID, version: 0, ...retention })
  return saved && retention
}

const monthsBefore = (now: Date, months: number) => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff.toISOString()
}

/**
 * The nightly retention run in one estate (the timer visits each), on that estate's limits:
 * photos of repairs closed longer ago than the photo limit are deleted, and former residents past
 * the limit are anonymised. Idempotent: what was done is not found again.
 */
export async function applyRetention(ctx: Context): Promise<{ photosRemoved: number; residentsAnonymised: number }> {
  const { store } = ctx
  const retention = await loadRetention(store)
  const now = new Date(ctx.now)
  const photoCutoff = monthsBefore(now, retention.photoMonths)
  // An order closes after it was created, so only orders created before the cutoff can qualify.
  const closed = await findAll(store.collection('workOrders'), {
    status: 'closed',
    createdAt: { lt: photoCutoff },
  })
  let photosRemoved = 0
  for (const order of closed) {
    const photos = [...order.photos, ...order.completionPhotos]
    if (photos.length === 0 || !order.closedAt || order.closedAt >= photoCutoff) continue
    if (await store.collection('workOrders').replace({ ...order, photos: [], completionPhotos: [] })) {
      await removePhotos(ctx, photos)
      photosRemoved += photos.length
    }
  }

  const residentCutoff = new Date(now.getTime() - retention.formerResidentDays * 86_400_000).toISOString()
  const due = (await findAll(departures(store), { anonymisedAt: null })).filter((d) => d.leftAt < residentCutoff)
  let residentsAnonymised = 0
  for (const departure of due) {
    // Someone who came back (bound again) is a resident, not a former one.
    const current = await store.collection('users').get(departure.id)
    if (current) continue
    await erasePersonalData(ctx, await collectPersonalData(store, departure.id, departure.unitId))
    await departures(store).replace({ ...departure, anonymisedAt: ctx.now })
    residentsAnonymised++
  }
  return { photosRemoved, residentsAnonymised }
}
