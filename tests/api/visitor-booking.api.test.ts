import { addUsers, at, book, T0, VISITOR_PHONE } from './support/visitor-passes'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: T0 })
})
afterEach(() => host.stop())

const storedPasses = () => host.runtime.store.collection('visitorPasses').count({})

describe('a resident books a visitor', () => {
  it('gets a pass for their own unit with a 128-bit QR token and an 8-character manual code', async () => {
    const pass = await book(host, 'resident-1', { plate: '沪a12345', maxEntries: 2 })
    expect(pass).toMatchObject({
      unitId: '1-101',
      residentOpenid: 'resident-1',
      visitorName: '张三',
      visitorPhone: VISITOR_PHONE,
      plate: '沪A12345',
      maxEntries: 2,
      entries: 0,
      entriesLeft: 2,
      state: 'valid',
      revokedAt: null,
    })
    expect(pass.token).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(pass.shortCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    const other = await book(host)
    expect(other.token).not.toBe(pass.token)
    expect(other.shortCode).not.toBe(pass.shortCode)
  })

  it('bad input is refused as VALIDATION_FAILED with per-field messages, and nothing is written', async () => {
    const bad: Record<string, unknown>[] = [
      { visitorName: '' },
      { visitorPhone: '12345' },
      { plate: 'ABC' },
      { maxEntries: 0 },
      { validFrom: 'tomorrow' },
      { validFrom: at(8 * 24 * 60), validUntil: at(8 * 24 * 60 + 60) },
      { validFrom: at(60), validUntil: at(60 + 25 * 60) },
      { validFrom: at(120), validUntil: at(60) },
      { validFrom: at(-120), validUntil: at(-60) },
    ]
    for (const overrides of bad) {
      const reply = await host.call('resident-1', 'visitor', {
        action: 'create',
        visitorName: '张三',
        visitorPhone: VISITOR_PHONE,
        validFrom: at(0),
        validUntil: at(60),
        ...overrides,
      })
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fieldErrors: expect.any(Object) } })
    }
    expect(await storedPasses()).toBe(0)
  })

  it('a unit books at most 20 passes a day (Shanghai calendar); the next day it may book again', async () => {
    for (let i = 0; i < 20; i++) await book(host)
    expect(
      await host.call('resident-1', 'visitor', {
        action: 'create',
        visitorName: '李四',
        visitorPhone: VISITOR_PHONE,
        validFrom: at(0),
        validUntil: at(60),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    })
    await book(host, 'resident-2')
    // 00:05 the next day in Shanghai.
    await host.post('/api/dev/clock', { set: '2026-11-27T16:05:00.000Z' })
    await book(host, 'resident-1', { validFrom: '2026-11-27T16:05:00.000Z', validUntil: '2026-11-27T18:00:00.000Z' })
    expect(await storedPasses()).toBe(22)
  })

  it('only residents book: staff and strangers are FORBIDDEN', async () => {
    for (const openid of ['guard-1', 'staff-1', 'admin-1', 'stranger']) {
      expect(
        await host.call(openid, 'visitor', {
          action: 'create',
          visitorName: '张三',
          visitorPhone: VISITOR_PHONE,
          validFrom: at(0),
          validUntil: at(60),
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
    expect(await storedPasses()).toBe(0)
  })
})

describe('who sees a household’s passes', () => {
  it('the household sees them with the full phone; another unit neither lists, reads nor revokes them', async () => {
    await addUsers(host, [{ id: 'resident-1b', role: 'resident', unitId: '1-101' }])
    const pass = await book(host)
    const mine = await host.call('resident-1b', 'visitor', { action: 'list' })
    expect(mine.ok && mine.data.items.map((p: { id: string; visitorPhone: string }) => [p.id, p.visitorPhone])).toEqual(
      [[pass.id, VISITOR_PHONE]],
    )
    expect(await host.call('resident-1b', 'visitor', { action: 'get', id: pass.id })).toMatchObject({
      ok: true,
      data: { id: pass.id },
    })

    expect(await host.call('resident-2', 'visitor', { action: 'list' })).toEqual({ ok: true, data: { items: [] } })
    expect(await host.call('resident-2', 'visitor', { action: 'get', id: pass.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await host.call('resident-2', 'visitor', { action: 'revoke', id: pass.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    for (const openid of ['guard-1', 'staff-1', 'admin-1']) {
      expect(await host.call(openid, 'visitor', { action: 'list' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
    const after = await host.call('resident-1', 'visitor', { action: 'get', id: pass.id })
    expect(after.ok && after.data.revokedAt).toBeNull()
  })

  it('lists newest first', async () => {
    const first = await book(host)
    await host.advanceMinutes(1)
    const second = await book(host)
    const listed = await host.call('resident-1', 'visitor', { action: 'list' })
    expect(listed.ok && listed.data.items.map((p: { id: string }) => p.id)).toEqual([second.id, first.id])
  })
})

describe('revoking a pass', () => {
  it('the household revokes a pass once; it then reads as revoked', async () => {
    const pass = await book(host)
    expect(await host.call('resident-1', 'visitor', { action: 'revoke', id: pass.id })).toMatchObject({
      ok: true,
      data: { state: 'revoked', revokedAt: expect.any(String) },
    })
    expect(await host.call('resident-1', 'visitor', { action: 'revoke', id: pass.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })
})

describe('the link shared with the visitor', () => {
  it('anyone holding the token sees the pass and its codes, with the phone masked', async () => {
    const pass = await book(host)
    const shared = await host.call('stranger', 'visitor', { action: 'shared', token: pass.token })
    expect(shared).toEqual({
      ok: true,
      data: {
        visitorName: '张三',
        visitorPhone: '138****0001',
        plate: null,
        unitId: '1-101',
        validFrom: pass.validFrom,
        validUntil: pass.validUntil,
        entriesLeft: 1,
        state: 'valid',
        token: pass.token,
        shortCode: pass.shortCode,
      },
    })
  })

  it('a short code or a made-up token opens nothing', async () => {
    const pass = await book(host)
    expect(await host.call('stranger', 'visitor', { action: 'shared', token: pass.shortCode })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    })
    expect(await host.call('stranger', 'visitor', { action: 'shared', token: 'A'.repeat(22) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
