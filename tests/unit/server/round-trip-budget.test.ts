import { measureRoundTrips } from '../../support/round-trips'

/**
 * Store calls on the critical path of each user action, counted (not timed) over a store that
 * meters every call. In production each is a round trip to CloudBase (5-30 ms). The target is at
 * most 3 sequential round trips for an action that writes and 2 for a read. The ceilings below are
 * where each action stands today, so any change that adds a round trip fails here; the ones above
 * the target are the work left (create pays the idempotency log and the per-household limit slots,
 * the pool its skills lookup, the late board its paging).
 */
const CEILING: Record<string, number> = {
  'repair.create': 7,
  'repair.get': 2,
  'repair.list (mine)': 2,
  'repair.list (pool)': 3,
  'repair.accept': 7,
  'repair.start': 6,
  'repair.complete': 6,
  // 6 when the order falls in the return-visit sample (a visit is scheduled as it closes).
  'repair.confirm': 6,
  'repair.late': 3,
  'inbox.list': 2,
  'inbox.unreadCount': 2,
  'billing.list': 3,
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
