import { createLocalRuntime } from '@server/local/local-runtime'
import { DEMO_ESTATE_ID, SECOND_ESTATE_ID, seedIfEmpty } from '@server/local/seed'
import { parsedStore } from '@server/store/parsed-store'
import { withReadAhead } from '@server/store/read-ahead'
import type { Store } from '@server/store/store.port'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { meteredStore, RoundTripMeter } from '../../../support/round-trip-store'

let dataDir: string
let runtime: ReturnType<typeof createLocalRuntime>
let meter: RoundTripMeter
let platform: Store

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'linli-read-ahead-'))
  runtime = createLocalRuntime(dataDir, { info: () => {}, error: () => {} })
  await seedIfEmpty(runtime.store)
  meter = new RoundTripMeter()
  platform = meteredStore(parsedStore(runtime.documents), meter)
})
afterEach(async () => {
  await runtime.store.close()
  rmSync(dataDir, { recursive: true, force: true })
})

/** The estate's store with unit `id` read across estates beforehand, as the function wrapper does. */
const readAhead = (estateId: string, id: string) =>
  withReadAhead(platform.forEstate(estateId), 'units', id, platform.acrossEstates('units').get(id))

describe('a document read ahead beside the caller lookup', () => {
  it("answers the action's first read of it without another round trip", async () => {
    const store = readAhead(DEMO_ESTATE_ID, '2-202')
    const unit = await store.collection('units').get('2-202')
    expect(unit).toEqual(await platform.forEstate(DEMO_ESTATE_ID).collection('units').get('2-202'))
    expect(meter.calls).toBe(2)
  })

  it("never answers with another estate's document: each estate reads its own 1-101", async () => {
    const units = platform.forEstate(SECOND_ESTATE_ID).collection('units')
    await units.replace({ ...(await units.get('1-101'))!, areaM2: 123 })
    for (const estateId of [DEMO_ESTATE_ID, SECOND_ESTATE_ID]) {
      const own = await platform.forEstate(estateId).collection('units').get('1-101')
      expect(await readAhead(estateId, '1-101').collection('units').get('1-101')).toEqual(own)
    }
  })

  it('answers only the first read: a read after a write sees the write', async () => {
    const store = readAhead(DEMO_ESTATE_ID, '2-202')
    const units = store.collection('units')
    const first = (await units.get('2-202'))!
    await units.replace({ ...first, areaM2: 100 })
    expect((await units.get('2-202'))!.areaM2).toBe(100)
  })

  it('an id no estate has is looked up in this estate as before, and is not found', async () => {
    expect(await readAhead(DEMO_ESTATE_ID, 'no-such-unit').collection('units').get('no-such-unit')).toBeNull()
  })
})
