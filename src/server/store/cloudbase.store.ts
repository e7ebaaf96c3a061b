import { openDatabase, type Database } from '../sdk/node-sdk-parts'
import { COLLECTIONS, type CollectionName } from './collections'
import { normalizeQuery, normalizeWhere, type Clause } from './query.normalize'
import type { Collection, Query, DocumentStore, StoredDoc, Where } from './store.port'

/**
 * The production store: the CloudBase document database through `@cloudbase/node-sdk`.
 * Documents are stored with `_id` for the port's `id`; everything else is stored as is.
 */

type Db = Database
type Command = Db['command']
type QueryCommand = ReturnType<Command['eq']>
type WireDoc = Record<string, unknown> & { _id: string }

export interface CloudbaseStoreOptions {
  /** CloudBase environment id, or node-sdk's `SYMBOL_CURRENT_ENV` inside a deployed function. */
  env: string | symbol
  /**
   * Required outside CloudBase (placeholders for a stub); inside a function the SDK reads the
   * function's temporary keys from TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY.
   */
  secretId?: string
  secretKey?: string
  /** Where node-sdk sends every call instead of the CloudBase API (the wire stub in tests). */
  serviceUrl?: string
  /** Per-request timeout in ms. */
  timeout?: number
  /** Prepended to every collection name, so a test run gets collections of its own. */
  collectionPrefix?: string
}

export interface CloudbaseStore extends DocumentStore {
  /** Creates the declared collections that do not exist yet (CloudBase refuses writes to a missing one). */
  ensureCollections(): Promise<void>
}

/** Documents per insert request and per id-existence check in insertMany. */
const BATCH = 100

const errorCode = (error: unknown): unknown => (error instanceof Error ? (error as { code?: unknown }).code : undefined)

function toWire<T extends StoredDoc>(doc: T): WireDoc {
  const { id, ...rest } = doc
  return { _id: id, ...rest }
}

function whereToWire(_: Command, clauses: Clause[]): Record<string, unknown> {
  const byField = new Map<string, QueryCommand[]>()
  for (const clause of clauses) {
    const condition =
      clause.op === 'eq' ? _.eq(clause.value) : clause.op === 'in' ? _.in(clause.values) : _[clause.op](clause.value)
    const field = clause.field === 'id' ? '_id' : clause.field
    byField.set(field, [...(byField.get(field) ?? []), condition])
  }
  const where: Record<string, unknown> = {}
  for (const [field, conditions] of byField) {
    const [first, ...rest] = conditions as [QueryCommand, ...QueryCommand[]]
    // Two bounds on one field (gte and lt) must be one command: a second key would overwrite the first.
    where[field] = rest.length === 0 ? first : first.and(...rest)
  }
  return where
}

class CloudbaseCollection<T extends StoredDoc> implements Collection<T> {
  constructor(
    private readonly name: CollectionName,
    private readonly db: Db,
    private readonly wireName: string,
  ) {}

  private get wire() {
    return this.db.collection(this.wireName)
  }

  private fromWire(raw: unknown): T {
    const { _id, ...rest } = raw as Record<string, unknown>
    // Validate at the edge: a document written by hand in the console fails here, not deep in a use case.
    if (typeof _id !== 'string' || typeof rest.version !== 'number') {
      throw new Error(`${this.wireName}: stored document ${String(_id)} has no string _id or numeric version`)
    }
    return { id: _id, ...rest } as unknown as T
  }

  private async getWire(id: string): Promise<WireDoc | null> {
    const res = (await this.wire.doc(id).get()) as { data: WireDoc[] }
    return res.data[0] ?? null
  }

  async get(id: string): Promise<T | null> {
    const raw = await this.getWire(id)
    return raw === null ? null : this.fromWire(raw)
  }

  async insert(doc: T): Promise<T | null> {
    const stored = { ...doc, version: 1 }
    try {
      await this.wire.add(toWire(stored))
    } catch (error) {
      if (errorCode(error) === 'DATABASE_DUPLICATE_WRITE') return null
      throw error
    }
    return stored
  }

  async insertMany(docs: T[]): Promise<void> {
    // CloudBase has no multi-document atomic insert outside a transaction, and a batch that hits a taken
    // id stops part-way. Checking first keeps "fails as a whole" for seeding and benchmarks (not a race guard).
    const _ = this.db.command
    const batches: T[][] = []
    for (let i = 0; i < docs.length; i += BATCH) batches.push(docs.slice(i, i + BATCH))
    for (const batch of batches) {
      const { total } = (await this.wire.where({ _id: _.in(batch.map((doc) => doc.id)) }).count()) as { total: number }
      if (total > 0) throw new Error(`${this.wireName}: insertMany refused, ${total} of its ids are taken`)
    }
    for (const batch of batches) await this.wire.add(batch.map((doc) => toWire({ ...doc, version: 1 })))
  }

  async find(query: Query): Promise<T[]> {
    const { clauses, orderBy, limit, skip } = normalizeQuery(this.name, query)
    let request = this.wire.where(whereToWire(this.db.command, clauses))
    if (orderBy) request = request.orderBy(orderBy.field === 'id' ? '_id' : orderBy.field, orderBy.direction)
    // The port promises ties in id order; CloudBase returns ties in no defined order without it.
    request = request.orderBy('_id', 'asc')
    if (skip > 0) request = request.skip(skip)
    const res = await request.limit(limit).get()
    return res.data.map((raw) => this.fromWire(raw))
  }

  async count(where: Where): Promise<number> {
    const res = (await this.wire.where(whereToWire(this.db.command, normalizeWhere(this.name, where))).count()) as {
      total: number
    }
    return res.total
  }

  /**
   * Compare-and-set as one conditional update, `where({_id, version}).update(...)`: the database
   * matches the filter and writes a single document atomically, so of concurrent replaces from one
   * version exactly one gets `updated === 1`. (A transaction's get-check-set is also atomic, but costs
   * four round trips and reports the loser as a conflict error.)
   * Whole-document replace: `update()` flattens a plain nested object into dotted `$set`s that merge
   * into the stored one, so each top-level field is wrapped in `_.set` (one `$set` of the whole value)
   * and top-level fields the new document lacks are `_.remove()`d. Those are read from the very
   * version the update is conditioned on; if another write lands in between, the update matches nothing.
   */
  async replace(doc: T): Promise<T | null> {
    const stored = await this.getWire(doc.id)
    if (stored === null || stored.version !== doc.version) return null
    const _ = this.db.command
    const next = { ...doc, version: doc.version + 1 }
    const update: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(next)) {
      if (key !== 'id' && value !== undefined) update[key] = _.set(value)
    }
    for (const key of Object.keys(stored)) {
      if (key !== '_id' && !(key in update)) update[key] = _.remove()
    }
    const res = (await this.wire.where({ _id: doc.id, version: doc.version }).update(update)) as { updated: number }
    return res.updated === 1 ? next : null
  }

  async remove(id: string, version: number): Promise<boolean> {
    const res = (await this.wire.where({ _id: id, version }).remove()) as { deleted: number }
    return res.deleted === 1
  }
}

export function openCloudbaseStore(options: CloudbaseStoreOptions): CloudbaseStore {
  const { collectionPrefix = '', ...config } = options
  const { TENCENTCLOUD_RUNENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env
  const hasKeys = (config.secretId && config.secretKey) || (TENCENTCLOUD_SECRETID && TENCENTCLOUD_SECRETKEY)
  // node-sdk checks credentials in a promise nobody awaits: a missing key kills the process with an
  // unhandled rejection at the first query. Refuse here instead, where the caller sees why.
  if (!hasKeys && TENCENTCLOUD_RUNENV !== 'SCF') {
    throw new Error('openCloudbaseStore: secretId and secretKey are required outside a CloudBase function')
  }
  const db = openDatabase(config)
  const wireName = (name: CollectionName): string => `${collectionPrefix}${name}`
  return {
    collection: <T extends StoredDoc>(name: CollectionName): Collection<T> =>
      new CloudbaseCollection<T>(name, db, wireName(name)),
    async ensureCollections(): Promise<void> {
      for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
        try {
          await db.createCollection(wireName(name))
        } catch (error) {
          if (errorCode(error) !== 'DATABASE_COLLECTION_ALREADY_EXIST') throw error
        }
      }
    },
    // Nothing to release: node-sdk keeps no session, and its keep-alive sockets close when idle.
    async close(): Promise<void> {},
  }
}
