import type { Actor } from '@core/identity/actor'
import type { Store } from '../store/store.port'
import type { MediaCheckDoc } from '../store/documents'

export type { MediaCheckDoc }

export const mediaChecks = (store: Store) => store.collection('mediaChecks')

/** Held (review) and refused (risky) photos are shown to managers only. */
const HIDDEN: readonly MediaCheckDoc['status'][] = ['risky', 'review']

/**
 * The ids among `fileIds` that `viewer` may not see. One query for all held and refused photos
 * (few in an estate) instead of one read per photo shown.
 */
export async function hiddenFiles(store: Store, fileIds: readonly string[], viewer: Actor): Promise<Set<string>> {
  if (viewer.role === 'manager' || fileIds.length === 0) return new Set()
  const flagged = await mediaChecks(store).find({ where: { status: { in: [...HIDDEN] } }, limit: 1000 })
  const shown = new Set(fileIds)
  return new Set(flagged.map((check) => check.id).filter((id) => shown.has(id)))
}
