import { COLLECTIONS, ESTATE_FIELD, isEstateCollection, type CollectionName } from './collections'
import type { EstateDoc } from './documents'
import { storedId } from './parsed-store'
import type { DocumentStore, StoredDoc } from './store.port'

/** Documents moved per read: small enough for CloudBase's page, large enough to be quick. */
const BATCH = 200

export type MigrationReport = Record<string, number>

const estateCollections = () => (Object.keys(COLLECTIONS) as CollectionName[]).filter(isEstateCollection)

/** Documents stored before tenancy: in an estate collection, without the estate field. */
const unstamped = (documents: DocumentStore, name: CollectionName, limit: number) =>
  documents
    .collection(name)
    .find({ where: { [ESTATE_FIELD]: null }, orderBy: { field: 'id', direction: 'asc' }, limit })

/** Whether the store holds documents of the single-estate version not yet migrated. */
export async function needsMigration(documents: DocumentStore): Promise<boolean> {
  for (const name of estateCollections()) if ((await unstamped(documents, name, 1)).length > 0) return true
  return false
}

/**
 * Moves the single-estate version's data into `estate`: each document of an estate collection is
 * copied under the estate's key with the estate stamped, then the old one is removed, and the estate
 * is registered. Every document is kept (same fields, new key). Safe to stop and run again at any
 * point: a copy already made is found and kept, and only then is the original removed. Run it with
 * the functions stopped: a write to an original during the move would not reach its copy.
 */
export async function migrateToEstates(
  documents: DocumentStore,
  estate: Omit<EstateDoc, 'version'>,
): Promise<MigrationReport> {
  const moved: MigrationReport = {}
  for (const name of estateCollections()) {
    const collection = documents.collection<StoredDoc & Record<string, unknown>>(name)
    moved[name] = 0
    for (;;) {
      const batch = await unstamped(documents, name, BATCH)
      if (batch.length === 0) break
      for (const doc of batch) {
        // Null when a run stopped between copy and removal left the copy: keep it, drop the original.
        await collection.insert({ ...doc, id: storedId(estate.id, doc.id), [ESTATE_FIELD]: estate.id })
        if (!(await collection.remove(doc.id, doc.version))) {
          throw new Error(`${name}/${doc.id} changed during the migration: stop the functions and run it again`)
        }
        moved[name] += 1
      }
    }
  }
  // Last: a registered estate is one the timers visit and the picker lists.
  await documents.collection<EstateDoc>('estates').insert({ ...estate, version: 0 })
  return moved
}
