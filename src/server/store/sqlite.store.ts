import Database from 'better-sqlite3'
import { COLLECTIONS, type CollectionName } from './collections'
import { normalizeQuery, normalizeWhere, type Clause } from './query.normalize'
import type { Collection, Query, Scalar, DocumentStore, StoredDoc, Where } from './store.port'
import { madeOnce } from './made-once'

/**
 * The store for the local host and the tests: one table per collection holding the JSON document,
 * with a VIRTUAL generated column per indexed field so SQL indexes serve the declared queries.
 */

type Sqlite = Database.Database
type Statement = Database.Statement
type SqlValue = string | number | null

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** The column a query field reads: `id` is real, every other declared field is generated from the JSON. */
const column = (field: string): string => (field === 'id' ? 'id' : quote(field))

/** Longer `in` lists than this go as one JSON parameter (see whereSql). */
const INLINE_IN_VALUES = 8

const SQL_OPS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const

/** json_extract yields 1/0 for JSON booleans, so booleans must be bound the same way to compare equal. */
const bindable = (value: Scalar): SqlValue => (typeof value === 'boolean' ? (value ? 1 : 0) : value)

function createSchema(db: Sqlite): void {
  for (const [name, { indexes }] of Object.entries(COLLECTIONS)) {
    const table = quote(name)
    db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)`)
    // table_xinfo (unlike table_info) lists generated columns; adding the missing ones upgrades an
    // existing data folder when an index is declared later.
    const existing = new Set(
      db
        .prepare(`PRAGMA table_xinfo(${table})`)
        .all()
        .map((row) => (row as { name: string }).name),
    )
    for (const field of new Set<string>(indexes.flat())) {
      if (field === 'id' || existing.has(field)) continue
      // No declared type: a typed column would coerce numbers and strings into one affinity.
      const path = `$.${field}`.replaceAll("'", "''")
      db.exec(
        `ALTER TABLE ${table} ADD COLUMN ${quote(field)} GENERATED ALWAYS AS (json_extract(doc, '${path}')) VIRTUAL`,
      )
    }
    const declared = new Set(indexes.map((fields) => `${name}__${fields.join('__')}`))
    for (const fields of indexes) {
      // The trailing id makes "ties in id order" come straight from the index, with no sort step.
      const columns = [...fields.map(column), 'id'].join(', ')
      db.exec(`CREATE INDEX IF NOT EXISTS ${quote(`${name}__${fields.join('__')}`)} ON ${table} (${columns})`)
    }
    // An index replaced in the registry would otherwise cost every write of an upgraded data folder.
    const made = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`).all(name)
    for (const { name: index } of made as { name: string }[]) {
      if (index.startsWith(`${name}__`) && !declared.has(index)) db.exec(`DROP INDEX ${quote(index)}`)
    }
  }
}

function whereSql(clauses: Clause[]): { sql: string; params: SqlValue[] } {
  const parts: string[] = []
  const params: SqlValue[] = []
  for (const clause of clauses) {
    const col = column(clause.field)
    if (clause.op === 'in') {
      // Null needs IS: `= NULL` never matches (CloudBase matches missing too).
      const nullable = clause.values.includes(null) ? ` OR ${col} IS NULL` : ''
      const values = clause.values.filter((value) => value !== null)
      if (values.length <= INLINE_IN_VALUES) {
        // Short lists (an estate's keys, a few statuses) as placeholders: json_each costs tens of
        // microseconds a call, more than the index probes it feeds; the lengths stay few, so do the statements.
        parts.push(`(${col} IN (${values.map(() => '?').join(', ')})${nullable})`)
        params.push(...values.map(bindable))
      } else {
        // One JSON parameter keeps a single cached statement whatever the list length; SQLite still
        // probes the index per value.
        parts.push(`(${col} IN (SELECT value FROM json_each(?))${nullable})`)
        params.push(JSON.stringify(values))
      }
    } else if (clause.op === 'eq' && clause.value === null) {
      parts.push(`${col} IS NULL`)
    } else {
      parts.push(`${col} ${clause.op === 'eq' ? '=' : SQL_OPS[clause.op]} ?`)
      params.push(bindable(clause.value))
    }
  }
  return { sql: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params }
}

/** The SQL a find runs, exported so a test can EXPLAIN exactly what the store executes. */
export function findSql(name: CollectionName, query: Query): { sql: string; params: SqlValue[] } {
  const { clauses, orderBy, limit, skip } = normalizeQuery(name, query)
  const where = whereSql(clauses)
  const order = orderBy ? `${column(orderBy.field)} ${orderBy.direction.toUpperCase()}, id` : 'id'
  return {
    sql: `SELECT doc FROM ${quote(name)}${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    params: [...where.params, limit, skip],
  }
}

class SqliteCollection<T extends StoredDoc> implements Collection<T> {
  // The statements every call of a kind runs, looked up once (a create makes a dozen store calls).
  private readonly byId: Statement
  private readonly insertOne: Statement
  private readonly insertRow: Statement
  private readonly replaceOne: Statement
  private readonly removeOne: Statement

  constructor(
    private readonly name: CollectionName,
    private readonly statement: (sql: string, pluck?: boolean) => Statement,
    private readonly transaction: (work: () => void) => void,
  ) {
    const table = quote(name)
    this.byId = statement(`SELECT doc FROM ${table} WHERE id = ?`, true)
    this.insertOne = statement(`INSERT INTO ${table} (id, version, doc) VALUES (?, 1, ?) ON CONFLICT(id) DO NOTHING`)
    this.insertRow = statement(`INSERT INTO ${table} (id, version, doc) VALUES (?, 1, ?)`)
    this.replaceOne = statement(`UPDATE ${table} SET doc = ?, version = version + 1 WHERE id = ? AND version = ?`)
    this.removeOne = statement(`DELETE FROM ${table} WHERE id = ? AND version = ?`)
  }

  async get(id: string): Promise<T | null> {
    const doc = this.byId.get(id) as string | undefined
    return doc === undefined ? null : (JSON.parse(doc) as T)
  }

  async insert(doc: T): Promise<T | null> {
    const stored = { ...doc, version: 1 }
    return this.insertOne.run(doc.id, JSON.stringify(stored)).changes === 1 ? stored : null
  }

  async insertMany(docs: T[]): Promise<void> {
    this.transaction(() => {
      for (const doc of docs) this.insertRow.run(doc.id, JSON.stringify({ ...doc, version: 1 }))
    })
  }

  async find(query: Query): Promise<T[]> {
    const { sql, params } = findSql(this.name, query)
    return (this.statement(sql, true).all(...params) as string[]).map((doc) => JSON.parse(doc) as T)
  }

  async count(whereClause: Where): Promise<number> {
    const where = whereSql(normalizeWhere(this.name, whereClause))
    return this.statement(`SELECT count(*) FROM ${quote(this.name)}${where.sql}`, true).get(...where.params) as number
  }

  async replace(doc: T): Promise<T | null> {
    const next = { ...doc, version: doc.version + 1 }
    return this.replaceOne.run(JSON.stringify(next), doc.id, doc.version).changes === 1 ? next : null
  }

  async remove(id: string, version: number): Promise<boolean> {
    return this.removeOne.run(id, version).changes === 1
  }
}

/** The SQLite adapter, with the local host's unit of work. */
export interface SqliteDocumentStore extends DocumentStore {
  /**
   * Runs `work` (one request) in one SQLite transaction, committed before it settles: the caller
   * answers after the commit, so an acknowledged write is as durable as before, and a process
   * killed mid-request leaves none of that request's writes. It also spares each statement its
   * own WAL lock round and each write its own commit. Requests that interleave (at a real I/O
   * wait) share the open transaction; whichever ends first commits it, and the rest go on with
   * a write committed each (as without a unit of work), so no answer waits for another request.
   */
  unitOfWork<R>(work: () => Promise<R>): Promise<R>
}

/** Opens (creating if needed) the database at `file`, or an in-memory one for ':memory:'. */
export function openSqliteStore(file: string): SqliteDocumentStore {
  // `timeout` is better-sqlite3's busy_timeout: a second process (a test, the host) waits instead of failing.
  const db = new Database(file, { timeout: 5000 })
  db.pragma('journal_mode = WAL')
  // NORMAL is durable against application crashes under WAL; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL')
  createSchema(db)

  const statements = new Map<string, Statement>()
  const statement = (sql: string, pluck = false): Statement =>
    madeOnce(statements, sql, () => {
      const prepared = db.prepare(sql)
      return pluck ? prepared.pluck() : prepared
    })
  const transaction = (work: () => void): void => db.transaction(work)()

  // Set by our BEGIN, cleared by our COMMIT: a transaction SQLite rolled back itself (disk full,
  // I/O error) took writes with it that their callers were told succeeded.
  let open = false
  const commit = () => {
    const lost = open && !db.inTransaction
    open = false
    if (db.inTransaction) {
      try {
        db.exec('COMMIT')
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
    }
    if (lost) throw new Error('SQLite rolled the transaction back; its writes are lost')
  }
  async function unitOfWork<R>(work: () => Promise<R>): Promise<R> {
    if (!db.inTransaction) {
      // IMMEDIATE: another process's writer waits (busy timeout) instead of failing our commit later.
      db.exec('BEGIN IMMEDIATE')
      open = true
    }
    try {
      return await work()
    } finally {
      // Requests still running after this commit go on outside a transaction, each write its own.
      commit()
    }
  }

  const collections = new Map<CollectionName, SqliteCollection<StoredDoc>>()
  return {
    unitOfWork,
    collection: <T extends StoredDoc>(name: CollectionName): Collection<T> =>
      madeOnce(collections, name, () => new SqliteCollection(name, statement, transaction)) as unknown as Collection<T>,
    async close(): Promise<void> {
      db.close()
    },
  }
}
