import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'

/**
 * A stand-in for the CloudBase API that node-sdk reaches through its `serviceUrl` option: it speaks
 * the `database.*` actions the store adapter sends, keeps documents in memory with MongoDB's matching
 * and update semantics, and records every request so tests can check the queries on the wire.
 * Anything the adapter is not expected to send is answered with an error, so drift shows up as a failure.
 */

interface EjsonCodec {
  parse(text: string): unknown
  stringify(value: unknown, options: { relaxed: boolean }): string
}
// Decode and encode with the very codec the SDK uses (bson's EJSON, a dependency of @cloudbase/database).
const { EJSON } = createRequire(createRequire(__filename).resolve('@cloudbase/database'))('bson') as {
  EJSON: EjsonCodec
}

type Doc = Record<string, unknown> & { _id: string }
type Filter = Record<string, unknown>

/** One request as the stub understood it, with the SDK's EJSON strings decoded. */
export interface WireRequest {
  /** e.g. `database.getDocument`, `database.modifyDocument`. */
  action: string
  collectionName: string
  query?: Filter
  /** The documents of an insert, or the update operators (`$set`, `$unset`) of a modify. */
  data?: unknown
  /** Sort keys in order, 1 ascending and -1 descending. */
  order?: Record<string, number>
  limit?: number
  offset?: number
  multi?: boolean
  merge?: boolean
  upsert?: boolean
}

export interface CloudbaseWireStub {
  /** Pass to node-sdk as `serviceUrl`. */
  serviceUrl: string
  /** Every request received, oldest first. */
  requests: WireRequest[]
  close(): Promise<void>
}

/** A service error: the real API answers HTTP 200 with `{code, message, requestId}` and node-sdk throws it. */
class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const unsupported = (what: string): never => {
  throw new ServiceError('STUB_UNSUPPORTED', `the wire stub does not implement ${what}`)
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readPath(doc: unknown, path: string): unknown {
  let value = doc
  for (const key of path.split('.')) value = isPlainObject(value) ? value[key] : undefined
  return value
}

function parentOf(doc: Doc, path: string, create: boolean): [Record<string, unknown> | undefined, string] {
  const keys = path.split('.')
  const last = keys.pop() as string
  let parent: Record<string, unknown> | undefined = doc
  for (const key of keys) {
    if (!parent) break
    if (create && !isPlainObject(parent[key])) parent[key] = {}
    const child: unknown = parent[key]
    parent = isPlainObject(child) ? child : undefined
  }
  return [parent, last]
}

/** MongoDB's cross-type sort order, for the types documents here hold. */
function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 1
  if (typeof value === 'number') return 2
  if (typeof value === 'string') return 3
  if (Array.isArray(value)) return 5
  if (typeof value === 'object') return 4
  if (typeof value === 'boolean') return 6
  return unsupported(`values of type ${typeof value}`)
}

function compare(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b)
  if (rank !== 0) return rank
  if (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') {
    return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0
  }
  return JSON.stringify(a ?? null).localeCompare(JSON.stringify(b ?? null))
}

// `{field: null}` matches a missing field too, as in MongoDB.
const equals = (value: unknown, operand: unknown): boolean =>
  operand === null ? value === null || value === undefined : compare(value, operand) === 0

/** Range operators only compare values of the same type (MongoDB's type bracketing). */
const inRange = (value: unknown, operand: unknown, accept: (order: number) => boolean): boolean =>
  value !== undefined && value !== null && typeRank(value) === typeRank(operand) && accept(compare(value, operand))

function operatorMatches(op: string, value: unknown, operand: unknown): boolean {
  switch (op) {
    case '$eq':
      return equals(value, operand)
    case '$in':
      return Array.isArray(operand) ? operand.some((item) => equals(value, item)) : unsupported('$in of a non-array')
    case '$gt':
      return inRange(value, operand, (order) => order > 0)
    case '$gte':
      return inRange(value, operand, (order) => order >= 0)
    case '$lt':
      return inRange(value, operand, (order) => order < 0)
    case '$lte':
      return inRange(value, operand, (order) => order <= 0)
    default:
      return unsupported(`query operator ${op}`)
  }
}

function matches(doc: Doc, filter: Filter): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return Array.isArray(condition) && condition.every((sub: Filter) => matches(doc, sub))
    if (key.startsWith('$')) return unsupported(`query operator ${key}`)
    const value = readPath(doc, key)
    const isOperators = isPlainObject(condition) && Object.keys(condition).every((k) => k.startsWith('$'))
    return isOperators
      ? Object.entries(condition).every(([op, operand]) => operatorMatches(op, value, operand))
      : equals(value, condition)
  })
}

function applyUpdate(doc: Doc, update: unknown): void {
  if (!isPlainObject(update)) return unsupported('a non-object update')
  for (const [op, fields] of Object.entries(update)) {
    if (!isPlainObject(fields)) return unsupported(`${op} without fields`)
    for (const [path, value] of Object.entries(fields)) {
      if (path === '_id') throw new ServiceError('INVALID_PARAM', 'cannot update _id')
      if (op === '$set') {
        const [parent, key] = parentOf(doc, path, true)
        if (parent) parent[key] = structuredClone(value)
      } else if (op === '$unset') {
        const [parent, key] = parentOf(doc, path, false)
        if (parent) delete parent[key]
      } else {
        unsupported(`update operator ${op}`)
      }
    }
  }
}

const decode = (text: unknown): unknown => (typeof text === 'string' ? EJSON.parse(text) : undefined)
const encode = (doc: Doc): string => EJSON.stringify(doc, { relaxed: false })

function decodeRequest(body: Record<string, unknown>): WireRequest {
  const { action, collectionName, data, limit, offset, multi, merge, upsert } = body
  return {
    action: String(action),
    collectionName: String(collectionName),
    query: decode(body.query) as Filter | undefined,
    data: Array.isArray(data) ? data.map(decode) : decode(data),
    order: decode(body.order) as Record<string, number> | undefined,
    limit: limit as number | undefined,
    offset: offset as number | undefined,
    multi: multi as boolean | undefined,
    merge: merge as boolean | undefined,
    upsert: upsert as boolean | undefined,
  }
}

class MemoryDatabase {
  private readonly collections = new Map<string, Map<string, Doc>>()

  handle(request: WireRequest): Record<string, unknown> {
    const name = request.collectionName
    if (request.action === 'database.addCollection') {
      if (this.collections.has(name)) throw new ServiceError('DATABASE_COLLECTION_ALREADY_EXIST', `${name} exists`)
      this.collections.set(name, new Map())
      return {}
    }
    const docs = this.collections.get(name)
    if (!docs) throw new ServiceError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`)
    switch (request.action) {
      case 'database.insertDocument':
        return { insertedIds: this.insert(name, docs, request.data) }
      case 'database.getDocument': {
        const list = this.select(docs, request).map(encode)
        return { list, offset: request.offset ?? 0, limit: request.limit ?? 100 }
      }
      case 'database.calculateDocument':
        return { total: this.matching(docs, request).length }
      case 'database.modifyDocument':
        return this.modify(request, this.matching(docs, request))
      case 'database.removeDocument': {
        const removed = this.firstOrAll(request, this.matching(docs, request))
        for (const doc of removed) docs.delete(doc._id)
        return { deleted: removed.length }
      }
      default:
        return unsupported(`action ${request.action}`)
    }
  }

  private insert(name: string, docs: Map<string, Doc>, data: unknown): string[] {
    if (!Array.isArray(data)) return unsupported('an insert without a document array')
    const ids: string[] = []
    // Ordered, like MongoDB's insertMany: documents before a duplicate stay written.
    for (const raw of data) {
      const doc = { _id: randomBytes(16).toString('hex'), ...(raw as Record<string, unknown>) } as Doc
      if (docs.has(doc._id)) {
        throw new ServiceError(
          'DATABASE_DUPLICATE_WRITE',
          `E11000 duplicate key error collection: ${name} index: _id_ dup key: { _id: "${doc._id}" }`,
        )
      }
      docs.set(doc._id, doc)
      ids.push(doc._id)
    }
    return ids
  }

  private matching(docs: Map<string, Doc>, request: WireRequest): Doc[] {
    return [...docs.values()].filter((doc) => matches(doc, request.query ?? {}))
  }

  private firstOrAll(request: WireRequest, docs: Doc[]): Doc[] {
    return request.multi === false ? docs.slice(0, 1) : docs
  }

  private select(docs: Map<string, Doc>, request: WireRequest): Doc[] {
    const order = Object.entries(request.order ?? {})
    const sorted = this.matching(docs, request).sort((a, b) => {
      for (const [path, direction] of order) {
        const result = compare(readPath(a, path), readPath(b, path))
        if (result !== 0) return result * direction
      }
      return 0
    })
    const offset = request.offset ?? 0
    return sorted.slice(offset, offset + (request.limit ?? 100))
  }

  private modify(request: WireRequest, matched: Doc[]): Record<string, unknown> {
    // The adapter only ever sends operator updates (node-sdk's `update`); `set` would send merge:false.
    if (request.merge !== true || request.upsert === true) return unsupported('replacement or upsert updates')
    let updated = 0
    for (const doc of this.firstOrAll(request, matched)) {
      const before = JSON.stringify(doc)
      applyUpdate(doc, request.data)
      if (JSON.stringify(doc) !== before) updated += 1
    }
    return { updated, matched: matched.length, upsert_id: null }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })
}

export async function startCloudbaseWireStub(): Promise<CloudbaseWireStub> {
  const database = new MemoryDatabase()
  const requests: WireRequest[] = []
  let requestCount = 0

  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = `stub-${++requestCount}`
    let reply: Record<string, unknown>
    try {
      const request = decodeRequest(JSON.parse(await readBody(req)) as Record<string, unknown>)
      requests.push(request)
      reply = { requestId, data: database.handle(request) }
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error
      reply = { requestId, code: error.code, message: error.message }
    }
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(reply))
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      res.statusCode = 500
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    serviceUrl: `http://127.0.0.1:${port}/admin`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // node-sdk keeps connections alive; drop them or close() would wait for their idle timeout.
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
