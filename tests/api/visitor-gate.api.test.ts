import type { GateResult } from '@core/visitor/visitor-pass'
import { parsePassCode, SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from '@core/visitor/pass-code'
import { FUNCTIONS } from '@server/functions'
import type { Collection, CollectionName, DocOf, Store } from '@server/store/store.port'
import { visitorPasses } from '@server/visitor/visitor-pass.repository'
import { addUsers, at, book, T0, VISITOR_PHONE } from './support/visitor-passes'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await host.post('/api/dev/clock', { set: T0 })
})
afterEach(() => host.stop())

/** The same store, but every read gives other pending work a turn before it answers. */
function pausingAfterReads(store: Store): Store {
  const turn = () => new Promise((resolve) => setImmediate(resolve))
  return {
    collection<N extends CollectionName>(name: N): Collection<DocOf<N>> {
      const inner = store.collection(name)
      return {
        get: async (id) => inner.get(id).then(async (doc) => (await turn(), doc)),
        find: async (query) => inner.find(query).then(async (docs) => (await turn(), docs)),
        count: (where) => inner.count(where),
        insert: (doc) => inner.insert(doc),
        insertMany: (docs) => inner.insertMany(docs),
        replace: (doc) => inner.replace(doc),
        remove: (id, version) => inner.remove(id, version),
      }
    },
    close: () => store.close(),
  }
}

const gate = (action: 'verify' | 'admit', code: string, guard = 'guard-1') =>
  host.call(guard, 'visitor', { action, code })

describe('the guard checks a code', () => {
  it('by scanned token or typed short code, seeing name, masked phone, unit, window and entries left', async () => {
    const pass = await book(host, 'resident-1', { maxEntries: 2 })
    const expected = {
      outcome: 'valid',
      pass: {
        visitorName: '张三',
        visitorPhone: '138****0001',
        plate: null,
        unitId: '1-101',
        validFrom: at(-5),
        validUntil: at(120),
        entriesLeft: 2,
      },
    }
    expect(await gate('verify', pass.token)).toEqual({ ok: true, data: expected })
    const typed = `${pass.shortCode.slice(0, 4).toLowerCase()} ${pass.shortCode.slice(4)}`
    expect(await gate('verify', typed)).toEqual({ ok: true, data: expected })
  })

  it('guards never see the full phone or the codes, whatever the outcome', async () => {
    const pass = await book(host)
    for (const reply of [
      await gate('verify', pass.token),
      await gate('admit', pass.shortCode),
      await gate('verify', pass.token),
    ]) {
      const text = JSON.stringify(reply)
      expect(text).not.toContain(VISITOR_PHONE)
      expect(text).not.toContain(pass.token)
      expect(text).not.toContain(pass.shortCode)
    }
  })

  it('refuses a pass outside its window, revoked, used up or unknown, naming the reason', async () => {
    const later = await book(host, 'resident-1', { validFrom: at(60), validUntil: at(180) })
    expect(await gate('verify', later.token)).toMatchObject({
      ok: true,
      data: { outcome: 'refused', reason: 'not_yet_valid', pass: { visitorName: '张三' } },
    })
    expect(await gate('admit', later.token)).toMatchObject({
      ok: true,
      data: { outcome: 'refused', reason: 'not_yet_valid' },
    })

    const revoked = await book(host)
    await host.call('resident-1', 'visitor', { action: 'revoke', id: revoked.id })
    expect(await gate('admit', revoked.shortCode)).toMatchObject({
      ok: true,
      data: { outcome: 'refused', reason: 'revoked' },
    })

    const once = await book(host)
    expect(await gate('admit', once.shortCode)).toMatchObject({
      ok: true,
      data: { outcome: 'admitted', pass: { entriesLeft: 0 } },
    })
    expect(await gate('admit', once.token)).toMatchObject({ ok: true, data: { outcome: 'refused', reason: 'used_up' } })

    const expiring = await book(host)
    await host.advanceMinutes(121)
    expect(await gate('verify', expiring.token)).toMatchObject({
      ok: true,
      data: { outcome: 'refused', reason: 'expired' },
    })
    expect(await gate('admit', expiring.shortCode)).toMatchObject({
      ok: true,
      data: { outcome: 'refused', reason: 'expired' },
    })

    expect(await gate('verify', 'ZZZZ9999')).toEqual({
      ok: true,
      data: { outcome: 'refused', reason: 'unknown', pass: null },
    })
    expect(await gate('admit', 'not a pass')).toEqual({
      ok: true,
      data: { outcome: 'refused', reason: 'unknown', pass: null },
    })
  })

  it('only guards check codes', async () => {
    const pass = await book(host)
    for (const openid of ['resident-1', 'staff-1', 'admin-1', 'stranger']) {
      expect(await gate('admit', pass.token, openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await gate('verify', '', 'guard-1')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
  })
})

describe('admitting visitors', () => {
  it('each admission counts once, is logged for managers with a masked phone, and the pass is used up at its limit', async () => {
    const pass = await book(host, 'resident-1', { maxEntries: 2, plate: '沪A12345' })
    expect(await gate('admit', pass.token)).toMatchObject({
      ok: true,
      data: { outcome: 'admitted', pass: { entriesLeft: 1 } },
    })
    await host.advanceMinutes(30)
    expect(await gate('verify', pass.token)).toMatchObject({
      ok: true,
      data: { outcome: 'valid', pass: { entriesLeft: 1 } },
    })
    expect(await gate('admit', pass.shortCode)).toMatchObject({
      ok: true,
      data: { outcome: 'admitted', pass: { entriesLeft: 0 } },
    })
    expect(await gate('admit', pass.shortCode)).toMatchObject({
      ok: true,
      data: { outcome: 'refused', reason: 'used_up' },
    })

    const log = await host.call('admin-1', 'visitor', { action: 'entries' })
    expect(log.ok && log.data.items).toEqual([
      expect.objectContaining({
        id: `${pass.id}-2`,
        passId: pass.id,
        unitId: '1-101',
        visitorName: '张三',
        visitorPhone: '138****0001',
        plate: '沪A12345',
        guardOpenid: 'guard-1',
        guardName: '赵保安',
      }),
      expect.objectContaining({ id: `${pass.id}-1`, passId: pass.id }),
    ])
    const firstHalfHour = await host.call('admin-1', 'visitor', { action: 'entries', from: at(0), to: at(15) })
    expect(firstHalfHour.ok && firstHalfHour.data.items.map((e: { id: string }) => e.id)).toEqual([`${pass.id}-1`])
    for (const openid of ['guard-1', 'resident-1']) {
      expect(await host.call(openid, 'visitor', { action: 'entries' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
  })

  it('ten guards admitting one single-entry pass at the same moment admit it once', async () => {
    const guards = Array.from({ length: 10 }, (_, i) => `guard-${i + 2}`)
    await addUsers(
      host,
      guards.map((id) => ({ id, role: 'guard' })),
    )
    const pass = await book(host)
    // The local host runs one request's store calls without a break, so requests never overlap there;
    // pausing after every read makes all ten guards read the pass before any of them writes.
    const runtime = { ...host.runtime, store: pausingAfterReads(host.runtime.store) }
    const replies = await Promise.all(
      guards.map((openid) =>
        FUNCTIONS.visitor!.handle({ action: 'admit', code: pass.token }, { kind: 'user', openid }, runtime),
      ),
    )
    const outcomes = replies.map((r) => {
      if (!r.ok) return r.error.code
      const result = r.data as GateResult
      return result.outcome === 'refused' ? `refused:${result.reason}` : result.outcome
    })
    expect(outcomes.filter((o) => o === 'admitted')).toHaveLength(1)
    expect(outcomes.filter((o) => o !== 'admitted')).toEqual(Array(9).fill('refused:used_up'))
    const stored = await host.call('resident-1', 'visitor', { action: 'get', id: pass.id })
    expect(stored).toMatchObject({ ok: true, data: { entries: 1, state: 'used_up' } })
    const log = await host.call('admin-1', 'visitor', { action: 'entries' })
    expect(log.ok && log.data.items).toHaveLength(1)
    const inbox = await host.call('resident-1', 'inbox', { action: 'list' })
    expect(inbox.ok && inbox.data.items).toHaveLength(1)
  })
})

describe('guessing short codes', () => {
  const randomCode = () =>
    Array.from(
      { length: SHORT_CODE_LENGTH },
      () => SHORT_CODE_ALPHABET[Math.floor(Math.random() * SHORT_CODE_ALPHABET.length)],
    ).join('')

  it('10,000 random short codes find nothing among 40 live passes', async () => {
    const booked = new Set<string>()
    for (let i = 0; i < 20; i++) {
      booked.add((await book(host, 'resident-1')).shortCode)
      booked.add((await book(host, 'resident-2')).shortCode)
    }
    const passes = visitorPasses(host.runtime.store)
    let found = 0
    for (let i = 0; i < 10_000; i++) {
      const code = randomCode()
      // A draw equal to a booked code is a hit by construction, not a weakness; it is about 5e-7 likely.
      if (booked.has(code)) continue
      if (await passes.byCode(parsePassCode(code)!)) found++
    }
    expect(found).toBe(0)
  })

  it('a guard who checks 30 unknown codes within 10 minutes is RATE_LIMITED, even for a real code, until the window slides', async () => {
    await addUsers(host, [{ id: 'guard-2', role: 'guard' }])
    const pass = await book(host)
    for (let i = 0; i < 30; i++) {
      expect(await gate(i % 2 ? 'verify' : 'admit', randomCode())).toMatchObject({
        ok: true,
        data: { reason: 'unknown' },
      })
    }
    expect(await gate('verify', pass.token)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await gate('admit', pass.token)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await gate('verify', pass.token, 'guard-2')).toMatchObject({ ok: true, data: { outcome: 'valid' } })
    await host.advanceMinutes(10)
    expect(await gate('admit', pass.token)).toMatchObject({ ok: true, data: { outcome: 'admitted' } })
  })

  it('checking real passes, even refused ones, does not count towards the limit', async () => {
    const pass = await book(host)
    await gate('admit', pass.token)
    for (let i = 0; i < 40; i++) {
      expect(await gate('verify', pass.shortCode)).toMatchObject({ ok: true, data: { reason: 'used_up' } })
    }
  })
})
