import { BY_ID, findPage, findUpTo } from '@server/store/paging'
import { openSqliteStore } from '@server/store/sqlite.store'
import type { DocumentStore } from '@server/store/store.port'

let store: DocumentStore
const units = () => store.collection<{ id: string; version: number; building: string }>('units')

beforeEach(async () => {
  store = openSqliteStore(':memory:')
  await units().insertMany(
    Array.from({ length: 25 }, (_, i) => ({
      id: `u${String(i).padStart(2, '0')}`,
      version: 0,
      building: i < 20 ? 'A' : 'B',
    })),
  )
})
afterEach(() => store.close())

describe('reading a bounded whole set', () => {
  it('says when more matched than it may read', async () => {
    expect(await findUpTo(units(), { where: {}, orderBy: BY_ID }, 10)).toMatchObject({
      truncated: true,
      items: { length: 10 },
    })
    expect(await findUpTo(units(), { where: {}, orderBy: BY_ID }, 25)).toMatchObject({
      truncated: false,
      items: { length: 25 },
    })
    expect(await findUpTo(units(), { where: { building: 'B' }, orderBy: BY_ID }, 100)).toMatchObject({
      truncated: false,
      items: { length: 5 },
    })
  })
})

describe('paging a console list', () => {
  it('walks the pages with the cursor it hands out, and ends with none', async () => {
    const query = { where: { building: 'A' }, orderBy: BY_ID }
    const first = await findPage(units(), query, { limit: 8 })
    const second = first.ok ? await findPage(units(), query, { limit: 8, cursor: first.value.nextCursor! }) : first
    const third = second.ok ? await findPage(units(), query, { limit: 8, cursor: second.value.nextCursor! }) : second
    const ids = [first, second, third].flatMap((page) => (page.ok ? page.value.items.map((u) => u.id) : []))
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `u${String(i).padStart(2, '0')}`))
    expect(third.ok && third.value.nextCursor).toBeNull()
  })

  it('refuses a cursor it did not make', async () => {
    expect(await findPage(units(), { where: {} }, { limit: 5, cursor: 'not-a-cursor' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { cursor: ['无效的分页参数'] } },
    })
  })
})
