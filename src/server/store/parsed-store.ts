import { fieldErrorsOf } from '@core/shared/zod'
import { COLLECTIONS, type CollectionName, type DocOf } from './collections'
import { MalformedDocumentError, type Collection, type DocumentStore, type Store, type StoredDoc } from './store.port'

function parserFor<N extends CollectionName>(name: N): (doc: StoredDoc) => DocOf<N> {
  const schema = COLLECTIONS[name].schema
  return (doc) => {
    const parsed = schema.safeParse(doc)
    if (parsed.success) return parsed.data as unknown as DocOf<N>
    const problems = Object.entries(fieldErrorsOf(parsed.error))
      .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
      .join('; ')
    throw new MalformedDocumentError(name, doc.id, problems)
  }
}

/**
 * The typed store over an adapter: every document read, whichever adapter it came from, is parsed
 * with its collection's schema and fails loudly (naming collection and id) when malformed.
 */
export function parsedStore(documents: DocumentStore): Store {
  return {
    collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
      const raw = documents.collection<DocOf<N>>(name)
      const parse = parserFor(name)
      return {
        get: async (id) => {
          const doc = await raw.get(id)
          return doc && parse(doc)
        },
        find: async (query) => (await raw.find(query)).map(parse),
        count: (where) => raw.count(where),
        insert: (doc) => raw.insert(doc),
        insertMany: (docs) => raw.insertMany(docs),
        replace: (doc) => raw.replace(doc),
        remove: (id, version) => raw.remove(id, version),
      }
    },
    close: () => documents.close(),
  }
}
