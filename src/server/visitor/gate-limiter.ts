import { GATE_CHECK_LIMIT } from '@core/visitor/gate-limit'
import type { Store } from '../store/store.port'
import { takeSlot } from '../limits/slots'

/**
 * A guard's lookups of unknown codes. A slot is taken before the lookup and given back when the
 * code turns out to be a pass, so however many checks run at once, at most the limit of unknown
 * codes are looked up per window (guessing produces unknown codes; a real visitor does not).
 */
export function takeGateCheckSlot(store: Store, guardOpenid: string, now: Date) {
  return takeSlot(
    store,
    {
      scope: `gateCheck:${guardOpenid}`,
      limit: GATE_CHECK_LIMIT.failures,
      windowMinutes: GATE_CHECK_LIMIT.windowMinutes,
      message: 'too many unknown codes from this guard; wait a few minutes',
    },
    now,
  )
}
