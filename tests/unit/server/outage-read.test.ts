import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { placeKeyOf } from '@core/incident/incident'
import { DEFAULT_QUALITY_RULES } from '@core/repair/quality-rules'
import { CATEGORIES, type WorkOrder } from '@core/repair/work-order'
import { addMinutes } from '@core/shared/time'
import { FUNCTIONS } from '@server/functions'
import { readOutageView } from '@server/incident/outage-watch'
import { createLocalRuntime, type LocalRuntime } from '@server/local/local-runtime'
import { DEMO_ESTATE_ID, seedIfEmpty } from '@server/local/seed'
import { wrappedStore } from '../../support/wrapped-store'

/**
 * Outage spotting runs on every create, so what it reads must not grow with the estate's traffic:
 * only the orders of the new report's place (building or spot, and category) within the window.
 */
let dir: string
let runtime: LocalRuntime
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'linli-outage-read-'))
  runtime = createLocalRuntime(dir, { info: () => {}, error: () => {} })
})
afterEach(async () => {
  await runtime.store.close()
  rmSync(dir, { recursive: true, force: true })
})

it('reads only the orders of the same place and category within the window, however busy the estate', async () => {
  await seedIfEmpty(runtime.store)
  const created = await FUNCTIONS.repair!.handle(
    { action: 'create', category: 'plumbing', priority: 'normal', description: '厨房水管漏水' },
    { kind: 'user', openid: 'resident-1' },
    runtime,
  )
  if (!created.ok) throw new Error(created.error.message)
  const template = created.data as WorkOrder
  const now = runtime.clock.now().toISOString()
  const at = (building: string, category: WorkOrder['category'], minutesAgo: number, i: number): WorkOrder => {
    const place = { category, building, location: null }
    return {
      ...template,
      id: `o-${i}`,
      ...place,
      placeKey: placeKeyOf(place),
      createdAt: addMinutes(now, -minutesAgo),
    }
  }
  // A busy hour elsewhere in the estate: every other building and category; two reports of the
  // same fault in building 2 within the window, and one from before it.
  const elsewhere = Array.from({ length: 300 }, (_, i) =>
    at(String(3 + (i % 5)), CATEGORIES[i % CATEGORIES.length]!, i % 50, i),
  )
  const sameFault = [at('2', 'electrical', 30, 1000), at('2', 'electrical', 10, 1001)]
  const beforeWindow = at('2', 'electrical', DEFAULT_QUALITY_RULES.incident.windowMinutes + 5, 1002)
  const estate = runtime.store.forEstate(DEMO_ESTATE_ID)
  await estate.collection('workOrders').insertMany([...elsewhere, ...sameFault, beforeWindow])

  let ordersReturned = 0
  const counting = wrappedStore(estate, async (call, info) => {
    const result = await call()
    if (info.collection === 'workOrders' && Array.isArray(result)) ordersReturned += result.length
    return result
  })
  const view = await readOutageView(
    { now, store: counting, runtime },
    Promise.resolve(DEFAULT_QUALITY_RULES),
    Promise.resolve({ category: 'electrical', building: '2', location: null }),
  )

  expect(view.recent.map((o) => o.id)).toEqual(['o-1000', 'o-1001'])
  expect(ordersReturned).toBe(2)
})
