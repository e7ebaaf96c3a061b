import type { IsoTime } from '@core/shared/time'
import { isCheckLimited, recentFailures } from '@core/visitor/gate-limit'
import type { Store } from '../store/store.port'

const MAX_ATTEMPTS = 3

export function gateLimiter(store: Store) {
  const collection = store.collection('gateChecks')
  return {
    async isLimited(guardOpenid: string, now: IsoTime): Promise<boolean> {
      const record = await collection.get(guardOpenid)
      return record !== null && isCheckLimited(record.failures, now)
    },
    async recordFailure(guardOpenid: string, now: IsoTime): Promise<void> {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const record = await collection.get(guardOpenid)
        const saved = record
          ? await collection.replace({ ...record, failures: recentFailures([...record.failures, now], now) })
          : await collection.insert({ id: guardOpenid, version: 0, failures: [now] })
        if (saved) return
      }
      // Every lost race was another failure by the same guard being recorded, so the limit still bites.
    },
  }
}
