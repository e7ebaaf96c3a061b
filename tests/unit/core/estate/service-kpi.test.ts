import { dayRange, kpiWindow, percentile, serviceDashboard, serviceKpis, type KpiOrder } from '@core/estate/service-kpi'
import type { TimerOutcome } from '@core/sla/ladder'

const met: TimerOutcome = { met: true, marginMinutes: 5 }
const missed: TimerOutcome = { met: false, marginMinutes: -5 }
const none = { response: null, arrival: null, resolution: null }

function order(fields: Partial<KpiOrder> & { response?: number; resolution?: number }): KpiOrder {
  const { response = null, resolution = null, ...rest } = fields
  return {
    category: 'plumbing',
    status: 'closed',
    createdAt: '2026-11-27T01:00:00.000Z',
    assigneeOpenid: null,
    assigneeName: null,
    firstResponderOpenid: fields.assigneeOpenid ?? null,
    overdue: none,
    outcomes: none,
    durations: { responseMinutes: response, arrivalMinutes: null, resolutionMinutes: resolution, wallMinutes: none },
    rating: null,
    ...rest,
  }
}

const staff1 = { assigneeOpenid: 'staff-1', assigneeName: '李师傅' }
const staff2 = { assigneeOpenid: 'staff-2', assigneeName: '张师傅' }

/** Six orders of a week; the figures below are worked out by hand from them. */
const ORDERS: KpiOrder[] = [
  // 1: done in time, 5 stars (27th, 09:00 in Shanghai).
  order({
    ...staff1,
    response: 10,
    resolution: 100,
    outcomes: { response: met, arrival: met, resolution: met },
    rating: { stars: 5 },
  }),
  // 2: resolved late, 3 stars (26th).
  order({
    ...staff1,
    createdAt: '2026-11-26T01:00:00.000Z',
    response: 20,
    resolution: 200,
    overdue: { ...none, resolution: '2026-11-26T13:00:00.000Z' },
    outcomes: { response: met, arrival: met, resolution: missed },
    rating: { stars: 3 },
  }),
  // 3: accepted late, still in progress; 17:30 UTC on the 26th is 01:30 on the 27th in Shanghai.
  order({
    ...staff2,
    category: 'electrical',
    status: 'in_progress',
    createdAt: '2026-11-26T17:30:00.000Z',
    response: 40,
    overdue: { ...none, response: '2026-11-27T01:00:00.000Z' },
    outcomes: { ...none, response: missed },
  }),
  // 4: nobody has taken it and the sweep flagged it (25th).
  order({
    category: 'electrical',
    status: 'submitted',
    createdAt: '2026-11-25T03:00:00.000Z',
    overdue: { ...none, response: '2026-11-25T04:00:00.000Z' },
  }),
  // 5: cancelled before anyone took it (21st, 08:00 in Shanghai: the window's first minutes).
  order({ category: 'elevator', status: 'cancelled', createdAt: '2026-11-21T00:00:00.000Z' }),
  // 6: done in time, not yet rated (25th).
  order({
    ...staff2,
    status: 'completed',
    createdAt: '2026-11-25T05:00:00.000Z',
    response: 30,
    resolution: 60,
    outcomes: { response: met, arrival: met, resolution: met },
  }),
]

const NOW = '2026-11-27T12:00:00.000Z'

describe('the KPI window', () => {
  it('seven days are today and the six estate-local days before it, from midnight in Shanghai', () => {
    const window = kpiWindow('7d', NOW)
    expect(window.from).toBe('2026-11-20T16:00:00.000Z')
    expect(window.to).toBe(NOW)
    expect(window.days).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ])
  })

  it('at 01:30 in Shanghai (17:30 UTC the day before) "today" has just begun', () => {
    expect(kpiWindow('today', '2026-11-26T17:30:00.000Z')).toEqual({
      from: '2026-11-26T16:00:00.000Z',
      to: '2026-11-26T17:30:00.000Z',
      days: ['2026-11-27'],
    })
    expect(kpiWindow('30d', NOW).days).toHaveLength(30)
    expect(kpiWindow('30d', NOW).from).toBe('2026-10-28T16:00:00.000Z')
  })

  it('an export of November runs from its first midnight to the next month’s, Shanghai time', () => {
    expect(dayRange('2026-11-01', '2026-11-30')).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    })
  })
})

describe('service figures of a fixed week of orders', () => {
  it('totals', () => {
    expect(serviceKpis(ORDERS)).toEqual({
      submitted: 6,
      open: 2,
      late: 3,
      // 10, 20, 40, 30: mean 25; the 90th percentile is the 4th of 4.
      response: { count: 4, average: 25, p90: 40 },
      // 100, 200, 60: mean 120; the 90th percentile is the 3rd of 3.
      resolution: { count: 3, average: 120, p90: 200 },
      // Orders 1 and 6 kept every promise; 2 and 3 broke one; 4 is flagged late while nobody has it;
      // 5 was never judged.
      withinSla: { met: 2, total: 5, share: 0.4 },
      satisfaction: { count: 2, average: 4 },
    })
  })

  it('per category, in the fixed category order, only those with orders', () => {
    const { byCategory } = serviceDashboard(ORDERS, '7d', kpiWindow('7d', NOW))
    expect(byCategory).toEqual([
      {
        category: 'plumbing',
        submitted: 3,
        open: 0,
        late: 1,
        response: { count: 3, average: 20, p90: 30 },
        resolution: { count: 3, average: 120, p90: 200 },
        withinSla: { met: 2, total: 3, share: 0.667 },
        satisfaction: { count: 2, average: 4 },
      },
      {
        category: 'electrical',
        submitted: 2,
        open: 2,
        late: 2,
        response: { count: 1, average: 40, p90: 40 },
        resolution: { count: 0, average: null, p90: null },
        withinSla: { met: 0, total: 2, share: 0 },
        satisfaction: { count: 0, average: null },
      },
      {
        category: 'elevator',
        submitted: 1,
        open: 0,
        late: 0,
        response: { count: 0, average: null, p90: null },
        resolution: { count: 0, average: null, p90: null },
        withinSla: { met: 0, total: 0, share: null },
        satisfaction: { count: 0, average: null },
      },
    ])
  })

  it('per worker holding the order; unassigned orders are in no row', () => {
    const { byStaff } = serviceDashboard(ORDERS, '7d', kpiWindow('7d', NOW))
    expect(byStaff).toEqual([
      {
        openid: 'staff-1',
        name: '李师傅',
        submitted: 2,
        open: 0,
        late: 1,
        response: { count: 2, average: 15, p90: 20 },
        resolution: { count: 2, average: 150, p90: 200 },
        withinSla: { met: 1, total: 2, share: 0.5 },
        satisfaction: { count: 2, average: 4 },
        praise: 0,
      },
      {
        openid: 'staff-2',
        name: '张师傅',
        submitted: 2,
        open: 1,
        late: 1,
        response: { count: 2, average: 35, p90: 40 },
        resolution: { count: 1, average: 60, p90: 60 },
        withinSla: { met: 1, total: 2, share: 0.5 },
        satisfaction: { count: 0, average: null },
        praise: 0,
      },
    ])
  })

  it("credits praise on the worker's row, and gives a praised worker without orders a row of their own", () => {
    const praise = [
      { openid: 'staff-2', name: '张师傅', count: 2 },
      { openid: 'staff-3', name: '赵师傅', count: 1 },
    ]
    const { byStaff } = serviceDashboard(ORDERS, '7d', kpiWindow('7d', NOW), false, praise)
    expect(byStaff.map((r) => [r.name, r.submitted, r.praise])).toEqual([
      ['李师傅', 2, 0],
      ['张师傅', 2, 2],
      ['赵师傅', 0, 1],
    ])
  })

  it('the daily response trend buckets orders by their Shanghai day and leaves empty days empty', () => {
    const { trend, totals, from, to, truncated } = serviceDashboard(ORDERS, '7d', kpiWindow('7d', NOW))
    expect(trend).toEqual([
      { date: '2026-11-21', responded: 0, averageResponse: null },
      { date: '2026-11-22', responded: 0, averageResponse: null },
      { date: '2026-11-23', responded: 0, averageResponse: null },
      { date: '2026-11-24', responded: 0, averageResponse: null },
      { date: '2026-11-25', responded: 1, averageResponse: 30 },
      { date: '2026-11-26', responded: 1, averageResponse: 20 },
      { date: '2026-11-27', responded: 2, averageResponse: 25 },
    ])
    expect(totals.submitted).toBe(6)
    expect({ from, to, truncated }).toEqual({ from: '2026-11-20T16:00:00.000Z', to: NOW, truncated: false })
  })

  it('超时 and 按时率 never contradict: one late open job means the share is below 100%', () => {
    const lateOpen = order({ status: 'submitted', overdue: { ...none, response: '2026-11-27T01:00:00.000Z' } })
    const totals = serviceKpis([lateOpen])
    expect(totals.late).toBe(1)
    expect(totals.withinSla).toEqual({ met: 0, total: 1, share: 0 })
  })

  it('a worker handed a job someone else accepted gets no response time for it', () => {
    const handedOver = order({ ...staff2, firstResponderOpenid: 'staff-1', response: 12 })
    const [row] = serviceDashboard([handedOver], '7d', kpiWindow('7d', NOW)).byStaff
    expect(row).toMatchObject({ openid: 'staff-2', submitted: 1, response: { count: 0, average: null } })
  })

  it('no orders: zero counts and no averages', () => {
    expect(serviceKpis([])).toEqual({
      submitted: 0,
      open: 0,
      late: 0,
      response: { count: 0, average: null, p90: null },
      resolution: { count: 0, average: null, p90: null },
      withinSla: { met: 0, total: 0, share: null },
      satisfaction: { count: 0, average: null },
    })
  })
})

describe('averages and percentiles', () => {
  it('an average is kept to one decimal', () => {
    expect(serviceKpis([order({ response: 1 }), order({ response: 2 }), order({ response: 2 })]).response.average).toBe(
      1.7,
    )
  })

  it('the 90th percentile of 1..10 is 9 and of one value is that value (nearest rank)', () => {
    expect(percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 90)).toBe(9)
    expect(percentile([42], 90)).toBe(42)
    expect(percentile([], 90)).toBeNull()
  })
})
