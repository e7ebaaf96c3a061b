import type { Collection, StoredDoc } from './store.port'

/**
 * Housekeeping's one step: removes up to `batch` documents whose `field` (an indexed time) is
 * before `before`, each by compare-and-set, so one rewritten meanwhile stays; answers how many went.
 */
export async function removeExpired<T extends StoredDoc>(
  collection: Collection<T>,
  field: string,
  before: string,
  batch = 500,
): Promise<number> {
  const due = await collection.find({ where: { [field]: { lt: before } }, limit: batch })
  let removed = 0
  for (const doc of due) if (await collection.remove(doc.id, doc.version)) removed++
  return removed
}
