import { fieldErrorsOf } from '@core/shared/zod'
import {
  COLLECTIONS,
  ESTATE_FIELD,
  isEstateCollection,
  type CollectionName,
  type CollectionSpec,
  type DocOf,
} from './collections'
import { MAX_LIMIT } from './query.normalize'
import {
  MalformedDocumentError,
  UnscopedAccessError,
  type AcrossEstates,
  type Collection,
  type Condition,
  type DocumentStore,
  type InEstate,
  type Store,
  type StoredDoc,
  type Where,
} from './store.port'
import { madeOnce } from './made-once'

const parsers = new Map<CollectionName, (doc: StoredDoc) => unknown>()

function parserFor<N extends CollectionName>(name: N): (doc: StoredDoc) => DocOf<N> {
  return madeOnce(parsers, name, () => {
    const schema = COLLECTIONS[name].schema
    return (doc: StoredDoc) => {
      const parsed = schema.safeParse(doc)
      if (parsed.success) return parsed.data
      const problems = Object.entries(fieldErrorsOf(parsed.error))
        .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
        .join('; ')
      throw new MalformedDocumentError(name, doc.id, problems)
    }
  }) as (doc: StoredDoc) => DocOf<N>
}

/**
 * How an estate's document is keyed in the backend: the estate, a colon, the id use cases know.
 * Natural ids (unit `1-101`, a user's openid, the `estate` settings) repeat across estates, and an
 * id copied from another estate resolves inside the caller's own, where it does not exist.
 */
export const storedId = (estateId: string, id: string): string => `${estateId}:${id}`

type Stamped = StoredDoc & { estateId?: unknown }

/** The document as use cases see it: its own id, no tenancy field (the scope says which estate). */
function unstamp(doc: Stamped): StoredDoc & { estateId: string } {
  const estateId = String(doc.estateId)
  return { ...doc, id: doc.id.slice(estateId.length + 1), estateId }
}

const withoutEstate = <T extends StoredDoc>({ estateId: _estate, ...doc }: T & { estateId?: unknown }): T =>
  doc as unknown as T

function scopedWhere(name: CollectionName, estateId: string, where: Where): Where {
  if (ESTATE_FIELD in where) throw new TypeError(`${name}: the store sets ${ESTATE_FIELD} itself`)
  const scoped: Where = { ...where, [ESTATE_FIELD]: estateId }
  const id = where.id
  if (id !== undefined) scoped.id = storedIdCondition(estateId, id)
  return scoped
}

function storedIdCondition(estateId: string, condition: Condition): Condition {
  const key = (value: unknown) => (typeof value === 'string' ? storedId(estateId, value) : (value as null))
  if (condition === null || typeof condition !== 'object') return key(condition)
  if ('in' in condition) return { in: condition.in.map(key) }
  return Object.fromEntries(Object.entries(condition).map(([op, value]) => [op, key(value)]))
}

/** One estate's view of an estate collection: stamps on write, filters on read, refuses other estates' ids. */
function scopedCollection<T extends StoredDoc>(
  name: CollectionName,
  raw: Collection<Stamped>,
  estateId: string,
  parse: (doc: StoredDoc) => T,
): Collection<T> {
  const key = (id: string) => storedId(estateId, id)
  const stamp = (doc: T): Stamped => ({ ...withoutEstate(doc), id: key(doc.id), estateId })
  const read = (doc: Stamped): T => {
    // Belt and braces: the key already confines reads, but a document re-stamped by hand must not pass.
    if (doc.estateId !== estateId) throw new Error(`${name}/${doc.id} is not of estate ${estateId}`)
    return withoutEstate(parse(unstamp(doc)))
  }
  return {
    get: async (id) => {
      const doc = await raw.get(key(id))
      return doc && doc.estateId === estateId ? read(doc) : null
    },
    find: async (query) => (await raw.find({ ...query, where: scopedWhere(name, estateId, query.where) })).map(read),
    count: (where) => raw.count(scopedWhere(name, estateId, where)),
    insert: async (doc) => {
      const saved = await raw.insert(stamp(doc))
      return saved && read(saved)
    },
    insertMany: (docs) => raw.insertMany(docs.map(stamp)),
    replace: async (doc) => {
      const saved = await raw.replace(stamp(doc))
      return saved && read(saved)
    },
    remove: (id, version) => raw.remove(key(id), version),
  }
}

/** The estates collection: writing it makes this instance read the list of estates afresh. */
function estateRegistry<T extends StoredDoc>(documents: DocumentStore, parse: (doc: StoredDoc) => T): Collection<T> {
  const collection = parsedCollection(documents.collection<T>('estates'), parse)
  const fresh =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      try {
        return await write(...args)
      } finally {
        estateLists.delete(documents)
      }
    }
  return {
    ...collection,
    insert: fresh(collection.insert),
    insertMany: fresh(collection.insertMany),
    replace: fresh(collection.replace),
    remove: fresh(collection.remove),
  }
}

function parsedCollection<T extends StoredDoc>(raw: Collection<T>, parse: (doc: StoredDoc) => T): Collection<T> {
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
}

/** How long a warm instance trusts its list of estates: new estates are rare and announced by their creator. */
const ESTATE_LIST_TTL_MS = 60_000
const estateLists = new WeakMap<DocumentStore, { ids: Promise<string[]>; until: number }>()

/** The estates' ids, read once a minute per adapter (cross-estate lookups sit on every call's path). */
function estateIdsOf(documents: DocumentStore): Promise<string[]> {
  const cached = estateLists.get(documents)
  if (cached && cached.until > Date.now()) return cached.ids
  const ids = documents
    .collection('estates')
    .find({ where: {}, limit: MAX_LIMIT })
    .then((estates) => estates.map((e) => e.id))
  estateLists.set(documents, { ids, until: Date.now() + ESTATE_LIST_TTL_MS })
  ids.catch(() => estateLists.delete(documents))
  return ids
}

function acrossEstates<T extends StoredDoc>(
  documents: DocumentStore,
  name: CollectionName,
  parse: (doc: StoredDoc) => T,
): AcrossEstates<T> {
  const raw = documents.collection<Stamped>(name)
  const found = (doc: Stamped): InEstate<T> => {
    const { estateId, ...plain } = unstamp(doc)
    return { estateId, doc: parse(plain) }
  }
  return {
    async get(id) {
      // Every estate's key for this id in one primary-key read: estates number in the hundreds.
      const estates = await estateIdsOf(documents)
      if (estates.length === 0) return null
      const [doc] = await raw.find({ where: { id: { in: estates.map((estate) => storedId(estate, id)) } }, limit: 1 })
      return doc ? found(doc) : null
    },
    async find(query) {
      const spec: CollectionSpec<unknown> = COLLECTIONS[name]
      const allowed = new Set((spec.acrossEstates ?? []).flat())
      const stray = [...Object.keys(query.where), ...(query.orderBy ? [query.orderBy.field] : [])].find(
        (field) => !allowed.has(field),
      )
      if (stray !== undefined) throw new TypeError(`${name}.${stray} is not declared for reads across estates`)
      return (await raw.find(query)).map(found)
    },
  }
}

/** Each adapter's views, one per estate (and the unscoped one): every call resolves its caller's. */
const views = new WeakMap<DocumentStore, Map<string | null, Store>>()

/**
 * The typed store over an adapter: every document read, whichever adapter it came from, is parsed
 * with its collection's schema and fails loudly (naming collection and id) when malformed. Scoped
 * to an estate, it confines every estate collection to that estate (stamping, filtering, keying);
 * unscoped (`estateId` null), using an estate collection throws UnscopedAccessError. The views and
 * their collections hold no state of a call, so each is made once per adapter and estate.
 */
export function parsedStore(documents: DocumentStore, estateId: string | null = null): Store {
  const ofAdapter = madeOnce(views, documents, () => new Map<string | null, Store>())
  return madeOnce(ofAdapter, estateId, () => scopedStore(documents, estateId))
}

function scopedStore(documents: DocumentStore, estateId: string | null): Store {
  const collections = new Map<CollectionName, Collection<StoredDoc>>()
  const make = <N extends CollectionName>(name: N): Collection<DocOf<N>> => {
    const parse = parserFor(name)
    if (name === 'estates') return estateRegistry(documents, parse)
    if (!isEstateCollection(name)) return parsedCollection(documents.collection<DocOf<N>>(name), parse)
    if (estateId === null) throw new UnscopedAccessError(name)
    return scopedCollection(name, documents.collection<Stamped>(name), estateId, parse)
  }
  return {
    estateId,
    collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
      return madeOnce(collections, name, make) as unknown as Collection<DocOf<N>>
    },
    forEstate: (other) => parsedStore(documents, other),
    acrossEstates: (name) => acrossEstates(documents, name, parserFor(name)),
    close: () => documents.close(),
  }
}
