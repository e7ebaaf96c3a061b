import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeExpiredSlots, takeSlot, type Limit } from '@server/limits/slots'
import { openSqliteStore } from '@server/store/sqlite.store'
import type { Store } from '@server/store/store.port'

let dir: string
let store: Store
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'linli-slots-'))
  store = openSqliteStore(join(dir, 'db.sqlite'))
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const daily: Limit = { scope: 'test:unit-1', limit: 3, windowMinutes: 24 * 60, message: 'three a day' }
// 23:30 on 27 November in Shanghai.
const lateEvening = new Date('2026-11-27T15:30:00.000Z')

describe('a limit of numbered slots per window', () => {
  it('gives exactly `limit` slots a window, then RATE_LIMITED until the window ends at estate midnight', async () => {
    for (let i = 0; i < 3; i++) expect((await takeSlot(store, daily, lateEvening)).ok).toBe(true)
    const refused = await takeSlot(store, daily, lateEvening)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 * 60 })
    expect((await takeSlot(store, daily, new Date('2026-11-27T16:00:00.000Z'))).ok).toBe(true)
  })

  it('a released slot can be taken again', async () => {
    const held = []
    for (let i = 0; i < 3; i++) held.push(await takeSlot(store, daily, lateEvening))
    const first = held[0]!
    if (first.ok) await first.held.release()
    expect((await takeSlot(store, daily, lateEvening)).ok).toBe(true)
  })

  it('a limit of 0 is no limit', async () => {
    for (let i = 0; i < 5; i++) expect((await takeSlot(store, { ...daily, limit: 0 }, lateEvening)).ok).toBe(true)
  })

  it('housekeeping removes the slots of windows that have ended', async () => {
    await takeSlot(store, daily, lateEvening)
    expect(await removeExpiredSlots(store, new Date('2026-11-28T00:00:00.000Z'))).toBe(1)
  })
})
