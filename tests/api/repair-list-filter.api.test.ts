import type { WorkOrder } from '@core/repair/work-order'
import { startTestHost, type TestHost } from '../support/test-host'

/**
 * The order lists filter by a group of statuses on the server (处理中 is accepted, in progress or
 * on hold), so a filtered page is full and its cursor pages through that group alone.
 */
let host: TestHost
beforeAll(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: '2026-11-27T02:00:00.000Z' })
})
afterAll(() => host.stop())

async function newOrder(openid: string, description: string): Promise<string> {
  const created = await host.call<WorkOrder>(openid, 'repair', { action: 'create', category: 'plumbing', description })
  if (!created.ok) throw new Error(created.error.code)
  return created.data.id
}

async function move(openid: string, action: string, id: string, extra: Record<string, unknown> = {}): Promise<void> {
  const moved = await host.call(openid, 'repair', { action, id, ...extra })
  if (!moved.ok) throw new Error(`${action}: ${moved.error.code}`)
}

async function listed(openid: string, event: Record<string, unknown>): Promise<string[]> {
  const page = await host.call<{ items: WorkOrder[] }>(openid, 'repair', { action: 'list', ...event })
  if (!page.ok) throw new Error(page.error.code)
  return page.data.items.map((o) => o.id)
}

const ids: Record<string, string> = {}
beforeAll(async () => {
  ids.waiting = await newOrder('resident-1', '厨房水槽漏水')
  ids.accepted = await newOrder('resident-1', '卫生间地漏堵塞')
  await move('staff-1', 'accept', ids.accepted)
  ids.paused = await newOrder('resident-2', '阳台水管滴水')
  await move('staff-1', 'accept', ids.paused)
  await move('staff-1', 'hold', ids.paused, { reason: 'parts' })
  ids.checking = await newOrder('resident-2', '热水器不出热水')
  await move('staff-1', 'accept', ids.checking)
  await move('staff-1', 'start', ids.checking)
  await move('staff-1', 'complete', ids.checking, { note: '换了温控阀' })
  ids.otherWorker = await newOrder('resident-1', '洗手池下水慢')
  await move('staff-2', 'accept', ids.otherWorker)
})

test('a manager lists one group of statuses across the estate, newest first', async () => {
  const working = await listed('admin-1', { scope: 'all', statuses: ['accepted', 'in_progress', 'on_hold'] })
  expect(working).toEqual([ids.otherWorker, ids.paused, ids.accepted])
  expect(await listed('admin-1', { scope: 'all', statuses: ['submitted'] })).toEqual([ids.waiting])
  // A group with nothing in it is an empty page, not an error.
  expect(await listed('admin-1', { scope: 'all', statuses: ['cancelled'] })).toEqual([])
})

test("a household's group holds only its own orders", async () => {
  expect(await listed('resident-1', { scope: 'mine', statuses: ['accepted', 'in_progress', 'on_hold'] })).toEqual([
    ids.otherWorker,
    ids.accepted,
  ])
  expect(await listed('resident-2', { scope: 'mine', statuses: ['completed'] })).toEqual([ids.checking])
})

test('a group pages through its own orders only', async () => {
  const first = await host.call<{ items: WorkOrder[]; nextCursor: string | null }>('admin-1', 'repair', {
    action: 'list',
    scope: 'all',
    statuses: ['accepted', 'in_progress', 'on_hold'],
    limit: 2,
  })
  if (!first.ok) throw new Error(first.error.code)
  expect(first.data.items.map((o) => o.id)).toEqual([ids.otherWorker, ids.paused])
  const rest = await listed('admin-1', {
    scope: 'all',
    statuses: ['accepted', 'in_progress', 'on_hold'],
    limit: 2,
    cursor: first.data.nextCursor,
  })
  expect(rest).toEqual([ids.accepted])
})

test("a worker's group holds only the jobs he holds", async () => {
  const open = await listed('staff-1', {
    scope: 'assigned',
    statuses: ['submitted', 'accepted', 'in_progress', 'on_hold'],
  })
  expect(open.sort()).toEqual([ids.accepted, ids.paused].sort())
  expect(await listed('staff-1', { scope: 'assigned', statuses: ['completed', 'closed', 'cancelled'] })).toEqual([
    ids.checking,
  ])
})

test('an unknown or empty group is refused with a field error', async () => {
  const refused = (statuses: string[]) => host.call('admin-1', 'repair', { action: 'list', scope: 'all', statuses })
  expect(await refused(['finished'])).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { 'statuses.0': expect.any(Array) } },
  })
  expect(await refused([])).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { statuses: expect.any(Array) } },
  })
})
