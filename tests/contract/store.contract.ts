import { UndeclaredFieldError, type DocumentStore, type StoredDoc } from '@server/store/store.port'

/**
 * The rules every store adapter keeps. Each adapter's runner calls `describeStoreContract` with a
 * factory that hands out an empty store per test.
 */

export interface StoreUnderTest {
  store: DocumentStore
  cleanup: () => Promise<void>
}

interface Order extends StoredDoc {
  unitId: string
  status: string
  createdAt: string
  nextCheckAt: string | null
  assigneeOpenid?: string | null
  description?: string
  photos?: string[]
  deadlines?: Record<string, string | null>
  timeline?: { type: string; at: string; by: string; note: string | null }[]
}

interface Unit extends StoredDoc {
  building: string | boolean
}

const at = (minute: number): string => new Date(Date.UTC(2026, 10, 27, 2, minute)).toISOString()

const order = (id: string, fields: Partial<Order> = {}): Order => ({
  id,
  version: 1,
  unitId: '1-101',
  status: 'submitted',
  createdAt: at(0),
  nextCheckAt: null,
  ...fields,
})

const ids = (docs: StoredDoc[]): string[] => docs.map((doc) => doc.id)

export function describeStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name}: store contract`, () => {
    let subject: StoreUnderTest
    const orders = () => subject.store.collection<Order>('workOrders')

    beforeEach(async () => {
      subject = await makeStore()
    })
    afterEach(async () => {
      await subject.cleanup()
    })

    describe('get and insert', () => {
      it('a document reads back exactly as inserted: nested objects, arrays, nulls, numbers and Chinese text', async () => {
        const doc = order('o1', {
          description: '厨房水管漏水，楼下天花板在滴水 🚰',
          photos: ['cloud://env/photos/1.jpg', 'cloud://env/photos/2.jpg'],
          deadlines: { response: at(30), arrival: null },
          timeline: [{ type: 'submitted', at: at(0), by: 'resident-1', note: null }],
          assigneeOpenid: null,
        })
        const extra = { amountFen: 12345, ratio: 0.25, delta: -3, epochMs: 1_764_208_800_000, urgent: false }
        const inserted = await orders().insert({ ...doc, ...extra })
        expect(inserted).toEqual({ ...doc, ...extra, version: 1 })
        expect(await orders().get('o1')).toEqual(inserted)
      })

      it('an inserted document starts at version 1 whatever version the caller passed', async () => {
        expect(await orders().insert(order('o1', { version: 7 }))).toMatchObject({ version: 1 })
        expect(await orders().get('o1')).toMatchObject({ version: 1 })
      })

      it('an unknown id reads as null', async () => {
        expect(await orders().get('nope')).toBeNull()
      })

      it('inserting a taken id returns null and keeps the first document', async () => {
        await orders().insert(order('o1', { description: '第一次' }))
        expect(await orders().insert(order('o1', { description: '第二次' }))).toBeNull()
        expect(await orders().get('o1')).toMatchObject({ description: '第一次', version: 1 })
      })

      it('insertMany stores every document at version 1', async () => {
        await orders().insertMany([order('o1', { version: 3 }), order('o2'), order('o3')])
        expect(ids(await orders().find({ where: {}, limit: 10 }))).toEqual(['o1', 'o2', 'o3'])
        expect(await orders().get('o1')).toMatchObject({ version: 1 })
      })

      it('insertMany with a taken id fails as a whole and leaves the stored document as it was', async () => {
        await orders().insert(order('o2', { description: '原来的' }))
        const batch = [order('o1'), order('o2', { description: '新的' }), order('o3')]
        // Not toThrow(): a jest worker keeps better-sqlite3's native addon across test files, so its error
        // class can come from another file's realm and fail `instanceof Error` here.
        await expect(orders().insertMany(batch)).rejects.toHaveProperty('message')
        expect(await orders().count({})).toBe(1)
        expect(await orders().get('o2')).toMatchObject({ description: '原来的' })
      })
    })

    describe('find and count', () => {
      beforeEach(async () => {
        await orders().insertMany([
          order('o1', { createdAt: at(1), nextCheckAt: at(10) }),
          order('o2', { createdAt: at(2), nextCheckAt: at(20), status: 'accepted', assigneeOpenid: 'staff-1' }),
          order('o3', { createdAt: at(3), unitId: '2-202' }),
          order('o4', { createdAt: at(4), nextCheckAt: at(40), unitId: '2-202', status: 'closed' }),
          order('o5', { createdAt: at(4), nextCheckAt: at(5) }),
        ])
      })

      it('equality picks the documents holding that value, in id order without a sort', async () => {
        expect(ids(await orders().find({ where: { unitId: '1-101' }, limit: 10 }))).toEqual(['o1', 'o2', 'o5'])
      })

      it('conditions on several fields must all hold', async () => {
        const found = await orders().find({ where: { unitId: '1-101', status: 'submitted' }, limit: 10 })
        expect(ids(found)).toEqual(['o1', 'o5'])
      })

      it('equality with null finds documents whose field is null or missing', async () => {
        expect(ids(await orders().find({ where: { nextCheckAt: null }, limit: 10 }))).toEqual(['o3'])
        expect(ids(await orders().find({ where: { assigneeOpenid: null }, limit: 10 }))).toEqual([
          'o1',
          'o3',
          'o4',
          'o5',
        ])
      })

      it('in picks any of the listed values', async () => {
        const found = await orders().find({ where: { status: { in: ['accepted', 'closed'] } }, limit: 10 })
        expect(ids(found)).toEqual(['o2', 'o4'])
      })

      it('the id may be queried like a declared field', async () => {
        expect(ids(await orders().find({ where: { id: { in: ['o3', 'o1', 'zz'] } }, limit: 10 }))).toEqual(['o1', 'o3'])
      })

      it('a range bounds a field from one side or from both', async () => {
        const due = await orders().find({
          where: { nextCheckAt: { lte: at(20) } },
          orderBy: { field: 'nextCheckAt', direction: 'asc' },
          limit: 10,
        })
        expect(ids(due)).toEqual(['o5', 'o1', 'o2'])
        const between = await orders().find({ where: { createdAt: { gt: at(1), lt: at(4) } }, limit: 10 })
        expect(ids(between)).toEqual(['o2', 'o3'])
        const inclusive = await orders().find({ where: { createdAt: { gte: at(2), lte: at(3) } }, limit: 10 })
        expect(ids(inclusive)).toEqual(['o2', 'o3'])
      })

      it('sorts ascending and descending, with ties in id order', async () => {
        const asc = await orders().find({ where: {}, orderBy: { field: 'createdAt', direction: 'asc' }, limit: 10 })
        expect(ids(asc)).toEqual(['o1', 'o2', 'o3', 'o4', 'o5'])
        const desc = await orders().find({ where: {}, orderBy: { field: 'createdAt', direction: 'desc' }, limit: 10 })
        expect(ids(desc)).toEqual(['o4', 'o5', 'o3', 'o2', 'o1'])
      })

      it('limit and skip page through the sorted result', async () => {
        const byAge = { field: 'createdAt', direction: 'asc' } as const
        expect(ids(await orders().find({ where: {}, orderBy: byAge, limit: 2 }))).toEqual(['o1', 'o2'])
        expect(ids(await orders().find({ where: {}, orderBy: byAge, limit: 2, skip: 2 }))).toEqual(['o3', 'o4'])
        expect(ids(await orders().find({ where: {}, orderBy: byAge, limit: 2, skip: 4 }))).toEqual(['o5'])
      })

      it('count counts what a find would match', async () => {
        expect(await orders().count({})).toBe(5)
        expect(await orders().count({ status: 'submitted' })).toBe(3)
        expect(await orders().count({ status: { in: ['closed'] }, createdAt: { gte: at(4) } })).toBe(1)
      })

      it('querying, sorting or counting on an undeclared field is refused', async () => {
        await expect(orders().find({ where: { description: 'x' }, limit: 1 })).rejects.toThrow(UndeclaredFieldError)
        const bySeverity = { field: 'priority', direction: 'asc' } as const
        await expect(orders().find({ where: {}, orderBy: bySeverity, limit: 1 })).rejects.toThrow(UndeclaredFieldError)
        await expect(orders().count({ priority: 'urgent' })).rejects.toThrow(UndeclaredFieldError)
      })

      it('a query states a page size between 1 and 1000', async () => {
        await expect(orders().find({ where: {}, limit: 0 })).rejects.toThrow(RangeError)
        await expect(orders().find({ where: {}, limit: 1001 })).rejects.toThrow(RangeError)
        expect(await orders().find({ where: {}, limit: 1000 })).toHaveLength(5)
      })

      it('a boolean condition matches only that boolean', async () => {
        const units = subject.store.collection<Unit>('units')
        await units.insertMany([
          { id: 'u1', version: 1, building: true },
          { id: 'u2', version: 1, building: false },
          { id: 'u3', version: 1, building: 'A' },
        ])
        expect(ids(await units.find({ where: { building: true }, limit: 10 }))).toEqual(['u1'])
        expect(ids(await units.find({ where: { building: false }, limit: 10 }))).toEqual(['u2'])
      })
    })

    describe('replace (compare-and-set on version)', () => {
      it('succeeds from the current version and returns the document at the next version', async () => {
        await orders().insert(order('o1'))
        const accepted = await orders().replace({ ...order('o1'), status: 'accepted', assigneeOpenid: 'staff-1' })
        expect(accepted).toMatchObject({ status: 'accepted', version: 2 })
        expect(await orders().get('o1')).toEqual(accepted)
      })

      it('from a stale version returns null and leaves the stored document untouched', async () => {
        await orders().insert(order('o1'))
        const current = await orders().replace({ ...order('o1'), status: 'accepted' })
        expect(await orders().replace({ ...order('o1'), status: 'cancelled' })).toBeNull()
        expect(await orders().get('o1')).toEqual(current)
      })

      it('of a missing document returns null and creates nothing', async () => {
        expect(await orders().replace(order('ghost'))).toBeNull()
        expect(await orders().get('ghost')).toBeNull()
      })

      it('replaces the whole document: nested and top-level keys the new one dropped are gone', async () => {
        await orders().insert(
          order('o1', {
            assigneeOpenid: 'staff-1',
            deadlines: { response: at(30), arrival: at(90) },
            photos: ['a', 'b'],
          }),
        )
        const next = order('o1', { deadlines: { response: at(30) }, photos: ['c'] })
        await orders().replace(next)
        const stored = await orders().get('o1')
        expect(stored).toEqual({ ...next, version: 2 })
        expect(stored).not.toHaveProperty('assigneeOpenid')
        expect(stored?.deadlines).not.toHaveProperty('arrival')
      })

      it('a replaced document is found by its new values, not its old ones', async () => {
        await orders().insert(order('o1', { nextCheckAt: at(10) }))
        await orders().replace(order('o1', { status: 'accepted', nextCheckAt: null }))
        expect(await orders().count({ status: 'submitted' })).toBe(0)
        expect(ids(await orders().find({ where: { status: 'accepted' }, limit: 5 }))).toEqual(['o1'])
        expect(await orders().count({ nextCheckAt: { lte: at(60) } })).toBe(0)
      })

      it('of 20 concurrent replaces from the same version exactly one wins', async () => {
        await orders().insert(order('o1'))
        const attempts = Array.from({ length: 20 }, (_, i) =>
          orders().replace({ ...order('o1'), status: 'accepted', assigneeOpenid: `staff-${i}` }),
        )
        const winners = (await Promise.all(attempts)).filter((result) => result !== null)
        expect(winners).toHaveLength(1)
        expect(await orders().get('o1')).toEqual(winners[0])
        expect(winners[0]).toMatchObject({ version: 2 })
      })
    })

    describe('remove', () => {
      it('deletes only from the current version', async () => {
        await orders().insert(order('o1'))
        expect(await orders().remove('o1', 2)).toBe(false)
        expect(await orders().get('o1')).not.toBeNull()
        expect(await orders().remove('o1', 1)).toBe(true)
        expect(await orders().get('o1')).toBeNull()
        expect(await orders().remove('o1', 1)).toBe(false)
      })
    })
  })
}
