import { placeKeyOf } from '@core/incident/incident'
import { lateSince } from '@core/repair/work-order.ladder'
import { ok } from '@core/shared/result'
import { findAll } from './paging'
import { parsedStore } from './parsed-store'
import type { DocumentStore } from './store.port'
import { updateDoc } from './update-doc'

/** Orders stamped per read: small enough for CloudBase's page. */
const BATCH = 200

/**
 * Stamps `placeKey` on the work orders stored before it existed, estate by estate, so outage
 * spotting and repeat faults at a spot (which read by it) find them; with it `lateSince`, which
 * orders older still lack, so the late board (which reads by it) shows an old breach too. Answers how many were stamped
 * per estate. Idempotent and resumable: only orders still without the key are read, and each is
 * written by compare-and-set on fresh data, so running functions may keep writing meanwhile.
 */
export async function stampPlaceKeys(documents: DocumentStore): Promise<Record<string, number>> {
  const store = parsedStore(documents)
  const stamped: Record<string, number> = {}
  for (const { id: estateId } of await findAll(store.collection('estates'), {})) {
    const orders = store.forEstate(estateId).collection('workOrders')
    stamped[estateId] = 0
    for (;;) {
      const batch = await orders.find({ where: { placeKey: null }, limit: BATCH })
      if (batch.length === 0) break
      for (const order of batch) {
        const written = await updateDoc(orders, order.id, (o) =>
          ok(o.placeKey ? null : { ...o, placeKey: placeKeyOf(o), lateSince: lateSince(o) }),
        )
        if (!written.ok) throw new Error(`workOrders/${order.id} (${estateId}): ${written.error.message}`)
        if (written.value.written) stamped[estateId] += 1
      }
    }
  }
  return stamped
}
