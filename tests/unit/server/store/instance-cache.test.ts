import { loadSettings, saveSettings } from '@server/estate/estate-settings'
import { withInstanceCache } from '@server/store/instance-cache'
import { parsedStore } from '@server/store/parsed-store'
import { openSqliteStore } from '@server/store/sqlite.store'
import type { DocumentStore, Store } from '@server/store/store.port'
import { meteredStore, RoundTripMeter } from '../../../support/round-trip-store'

const TTL = 30_000
let raw: DocumentStore
let clock: number
let meter: RoundTripMeter
/** A warm function instance: its own cache over the one shared database, round trips counted. */
const instance = (): Store => withInstanceCache(meteredStore(parsedStore(raw), meter), TTL, () => clock)

beforeEach(() => {
  raw = openSqliteStore(':memory:')
  clock = 0
  meter = new RoundTripMeter()
})
afterEach(() => raw.close())

const routeByDispatch = (store: Store) =>
  saveSettings(store, (current) => ({ ...current, dispatch: { ...current.dispatch, plumbing: 'grid' } }))

describe("a warm instance's cache of the estate's policy documents", () => {
  it('reads the settings once, then answers from memory until the time is up', async () => {
    const estate = instance().forEstate('linli')
    await loadSettings(estate)
    await loadSettings(estate)
    expect(meter.calls).toBe(1)
    clock += TTL
    await loadSettings(estate)
    expect(meter.calls).toBe(2)
  })

  it('an edit is seen at once by the instance that made it', async () => {
    const estate = instance().forEstate('linli')
    await loadSettings(estate)
    expect(await routeByDispatch(estate)).not.toBeNull()
    expect((await loadSettings(estate)).dispatch).toEqual({ plumbing: 'grid' })
  })

  it("another instance's edit is seen once the time is up, and a save over a stale copy succeeds on retry", async () => {
    const a = instance().forEstate('linli')
    const b = instance().forEstate('linli')
    await routeByDispatch(a)
    await loadSettings(b)
    await saveSettings(a, (current) => ({ ...current, dispatch: { plumbing: 'pool' } }))
    expect((await loadSettings(b)).dispatch).toEqual({ plumbing: 'grid' })
    // B's save read its stale copy, so it loses the compare-and-set; that drops the copy.
    expect(await routeByDispatch(b)).toBeNull()
    expect(await routeByDispatch(b)).not.toBeNull()
    clock += TTL
    expect((await loadSettings(a)).dispatch).toEqual({ plumbing: 'grid' })
  })

  it('keeps each estate apart', async () => {
    const store = instance()
    await routeByDispatch(store.forEstate('linli'))
    expect((await loadSettings(store.forEstate('other'))).dispatch).toEqual({})
    expect((await loadSettings(store.forEstate('linli'))).dispatch).toEqual({ plumbing: 'grid' })
  })

  it('hands each caller its own copy', async () => {
    const estate = instance().forEstate('linli')
    await routeByDispatch(estate)
    const first = await loadSettings(estate)
    first.dispatch.plumbing = 'pool'
    expect((await loadSettings(estate)).dispatch).toEqual({ plumbing: 'grid' })
  })
})
