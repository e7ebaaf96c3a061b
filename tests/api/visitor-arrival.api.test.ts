import { addUsers, book, T0 } from './support/visitor-passes'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: T0 })
})
afterEach(() => host.stop())

const inbox = (openid: string, event: Record<string, unknown>) => host.call(openid, 'inbox', event)

describe('the household hears its visitor has arrived', () => {
  it('every resident of the unit gets an unread "访客已到达" message pointing at the pass; nobody else does', async () => {
    await addUsers(host, [{ id: 'resident-1b', role: 'resident', unitId: '1-101' }])
    const pass = await book(host, 'resident-1', { maxEntries: 3 })
    await host.call('guard-1', 'visitor', { action: 'admit', code: pass.shortCode })

    for (const openid of ['resident-1', 'resident-1b']) {
      const listed = await inbox(openid, { action: 'list' })
      expect(listed).toEqual({
        ok: true,
        data: {
          items: [
            {
              id: expect.any(String),
              version: 1,
              toOpenid: openid,
              kind: 'visitor_arrived',
              title: '访客已到达',
              body: '您预约的访客张三已于 11月27日 10:00 进入小区，通行证还可使用 2 次。',
              ref: { type: 'visitor', id: pass.id },
              createdAt: expect.any(String),
              readAt: null,
            },
          ],
        },
      })
      expect(await inbox(openid, { action: 'unreadCount' })).toEqual({ ok: true, data: { count: 1 } })
    }
    for (const openid of ['resident-2', 'guard-1', 'admin-1']) {
      expect(await inbox(openid, { action: 'unreadCount' })).toEqual({ ok: true, data: { count: 0 } })
    }
  })

  it('a recipient marks their messages read; others’ messages are untouched', async () => {
    await addUsers(host, [{ id: 'resident-1b', role: 'resident', unitId: '1-101' }])
    const pass = await book(host, 'resident-1', { maxEntries: 2 })
    await host.call('guard-1', 'visitor', { action: 'admit', code: pass.token })
    await host.advanceMinutes(5)
    await host.call('guard-1', 'visitor', { action: 'admit', code: pass.token })

    const mine = await inbox('resident-1', { action: 'list' })
    const ids = mine.ok ? mine.data.items.map((m: { id: string }) => m.id) : []
    expect(ids).toHaveLength(2)
    const theirs = await inbox('resident-1b', { action: 'list' })
    const theirId = theirs.ok && theirs.data.items[0].id

    expect(await inbox('resident-1', { action: 'markRead', ids: [ids[0], theirId, 'missing'] })).toEqual({
      ok: true,
      data: { marked: 1 },
    })
    expect(await inbox('resident-1', { action: 'markRead', ids: [ids[0]] })).toEqual({ ok: true, data: { marked: 0 } })
    expect(await inbox('resident-1', { action: 'unreadCount' })).toEqual({ ok: true, data: { count: 1 } })
    expect(await inbox('resident-1b', { action: 'unreadCount' })).toEqual({ ok: true, data: { count: 2 } })
  })

  it('guests have no inbox; markRead needs ids', async () => {
    expect(await inbox('stranger', { action: 'list' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await inbox('resident-1', { action: 'markRead', ids: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
  })
})
