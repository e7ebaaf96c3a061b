import type { CollectionName, DocOf } from './collections'

export type { CollectionName, DocOf }

/**
 * The storage port, shaped to what the CloudBase document database can do (the weaker backend):
 * documents in collections, get by id, queries of equality / `in` / range on declared indexed fields
 * with one sort and a limit, insert, and compare-and-set on `version`.
 */

export type Scalar = string | number | boolean | null

export interface Range {
  gt?: Scalar
  gte?: Scalar
  lt?: Scalar
  lte?: Scalar
}

/** A plain value means equality. Only fields declared in an index of the collection may appear. */
export type Condition = Scalar | { in: Scalar[] } | Range

export type Where = Record<string, Condition>

export interface Query {
  where: Where
  /** One sort, on a declared field. Ties come back in id order. */
  orderBy?: { field: string; direction: 'asc' | 'desc' }
  /** Required: CloudBase caps unbounded reads silently, so every query states its page size (1..1000). */
  limit: number
  skip?: number
}

/** Every stored document has an id and a version that each successful write increments. */
export interface StoredDoc {
  id: string
  version: number
}

export interface Collection<T extends StoredDoc> {
  get(id: string): Promise<T | null>
  /** Stores `doc` with version 1. Null (and nothing written) when the id is taken. */
  insert(doc: T): Promise<T | null>
  /** Bulk load (seeding, benchmarks); each gets version 1. Fails as a whole on a taken id. */
  insertMany(docs: T[]): Promise<void>
  find(query: Query): Promise<T[]>
  count(where: Where): Promise<number>
  /**
   * Compare-and-set: replaces the whole stored document when its version still equals
   * `doc.version`, and returns it with the version incremented. Null when someone else wrote first.
   */
  replace(doc: T): Promise<T | null>
  /** Deletes when the version still matches; false when it does not or the document is gone. */
  remove(id: string, version: number): Promise<boolean>
}

/** What each adapter (SQLite, CloudBase) provides: documents as stored, checked only for id and version. */
export interface DocumentStore {
  /** `T` is the caller's word only: nothing is parsed at this level. */
  collection<T extends StoredDoc = StoredDoc>(name: CollectionName): Collection<T>
  close(): Promise<void>
}

/**
 * The store use cases see: each collection typed by the registry (store/collections.ts), every
 * document read parsed by its schema (see `parsedStore`).
 */
export interface Store {
  collection<N extends CollectionName>(name: N): Collection<DocOf<N>>
  close(): Promise<void>
}

/** Raised for a query the backend could not serve efficiently (an undeclared field): a programming error. */
export class UndeclaredFieldError extends Error {
  constructor(collection: string, field: string) {
    super(`${collection}.${field} is not declared in an index (store/collections.ts)`)
    this.name = 'UndeclaredFieldError'
  }
}

/** Raised when a stored document does not match its collection's schema: bad data must not travel on. */
export class MalformedDocumentError extends Error {
  constructor(collection: string, id: string, problems: string) {
    super(`${collection}/${id} is malformed: ${problems}`)
    this.name = 'MalformedDocumentError'
  }
}
