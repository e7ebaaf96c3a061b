import { measureRoundTrips } from '../../support/round-trips'

/**
 * Store calls on the critical path of each user action, counted (not timed) over a store that
 * meters every call. In production each is a round trip to CloudBase (5-30 ms). The target is at
 * most 3 sequential round trips for an action that writes and 2 for a read. The ceilings below are
 * where each action stands today, so any change that adds a round trip fails here. Above the
 * target still: a transition (accept/start/complete) is caller, order, compare-and-set, then the
 * notices (inbox and push side by side); create adds its request-log reservation and result, the
 * household limit's counters (a read and a write) and the order's facts before it is written.
 */
const CEILING: Record<string, number> = {
  'repair.create': 10,
  'repair.get': 2,
  'repair.list (mine)': 2,
  'repair.list (pool)': 2,
  'repair.accept': 4,
  'repair.start': 4,
  'repair.complete': 4,
  // 5 on a cold instance when the order falls in the return-visit sample (its settings, then the visit).
  'repair.confirm': 5,
  'repair.late': 2,
  'inbox.list': 2,
  'inbox.unreadCount': 2,
  'billing.list': 2,
  'visitor.list': 2,
}

const LOOPS = 12

describe('round trips on the critical path', () => {
  let rows: Awaited<ReturnType<typeof measureRoundTrips>>
  beforeAll(async () => {
    // Several loops spread over a day: a per-window cost that grows with use (limits) shows by the last.
    rows = await measureRoundTrips(LOOPS, 0)
  })

  it('measures every action of the repair loop and the resident screens', () => {
    expect(rows.map((r) => r.label).sort()).toEqual(Object.keys(CEILING).sort())
  })

  it.each(Object.entries(CEILING))('%s makes at most %i sequential store calls', (label, ceiling) => {
    const row = rows.find((r) => r.label === label)!
    // Over the ceiling, the failure shows the calls (collection.op@depth) to find the one added.
    expect(row.criticalPath <= ceiling ? 'within' : row.trace.join(' ')).toBe('within')
    expect(row.criticalPath).toBeLessThanOrEqual(row.calls)
  })
})
