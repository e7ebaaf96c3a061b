import { monthlyReport } from '@core/report/monthly-report'
import { monthBounds, previousMonthOf } from '@core/report/report-month'
import { figureRows } from '@core/report/report.labels'
import { NOVEMBER } from './report.fixtures'

describe('the monthly service report', () => {
  const report = monthlyReport(NOVEMBER)

  it('cuts the month at midnight in Shanghai', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' })
    expect(report).toMatchObject({ month: '2026-11', previousMonth: '2026-10', from: '2026-10-31T16:00:00.000Z' })
    expect(previousMonthOf('2027-01')).toBe('2026-12')
  })

  it("counts the estate's month against figures worked out by hand", () => {
    expect(report.estate.current).toEqual({
      repairsReceived: 7,
      sampleTooSmall: false,
      // 10 20 30 40 50 60: the 3rd and 6th of six by nearest rank.
      response: { count: 6, median: 30, p90: 60 },
      // 60 100 200 300 500.
      resolution: { count: 5, median: 200, p90: 500 },
      withinPromise: {
        response: { met: 5, total: 6, share: 0.833 },
        arrival: { met: 5, total: 5, share: 1 },
        resolution: { met: 4, total: 5, share: 0.8 },
      },
      // Five finished; one report was a problem come back.
      repeatFaults: { met: 1, total: 5, share: 0.2 },
      // 5 4 2 5 3.
      satisfaction: { count: 5, average: 3.8, satisfied: { met: 3, total: 5, share: 0.6 } },
      complaints: null,
      returnVisits: null,
      // 00:30 on 1 November and 23:00 on the 30th in Shanghai count; 23:30 on 31 October does not.
      visitorPassesUsed: 3,
      feeCollection: { billed: 25_000, collected: 15_000, rateBp: 6_000 },
    })
    expect(report.estate.previous).toMatchObject({
      repairsReceived: 1,
      response: { count: 1, median: 90, p90: 90 },
      visitorPassesUsed: 1,
      feeCollection: { billed: 10_000, collected: 10_000, rateBp: 10_000 },
    })
  })

  it('puts the month before beside it, saying which way is better', () => {
    expect(report.estate.trends).toEqual({
      repairsReceived: { direction: 'up', verdict: null },
      responseMedian: { direction: 'down', verdict: 'better' },
      resolutionMedian: { direction: 'down', verdict: 'better' },
      responseWithin: { direction: 'up', verdict: 'better' },
      resolutionWithin: { direction: 'down', verdict: 'worse' },
      repeatFaults: { direction: 'up', verdict: 'worse' },
      satisfaction: { direction: 'up', verdict: 'better' },
      complaints: null,
      visitorPassesUsed: { direction: 'up', verdict: null },
      feeCollection: { direction: 'down', verdict: 'worse' },
    })
  })

  it('states the times plainly, with arrows and whether that is better or worse', () => {
    const rows = Object.fromEntries(figureRows(report.estate, 'estate').map((row) => [row.key, row]))
    expect(rows.response).toEqual({
      key: 'response',
      label: '响应用时（中位）',
      value: '30 分钟',
      previous: '1 小时 30 分钟',
      sentence: '一半的报修在 30 分钟内响应，九成在 1 小时内',
      trend: { arrow: '↓', text: '较上月变好', tone: 'good' },
    })
    expect(rows.resolution!.sentence).toBe('一半的报修在 3 小时 20 分钟内修好，九成在 8 小时 20 分钟内')
    expect(rows.responseWithin).toMatchObject({ value: '83%', previous: '0%', trend: { arrow: '↑', tone: 'good' } })
    expect(rows.fees).toMatchObject({ value: '60.0%', previous: '100.0%', trend: { arrow: '↓', text: '较上月变差' } })
    // No complaint or return-visit records yet: said so, not shown as zero.
    expect(rows.complaints).toMatchObject({ value: '暂无数据', previous: '暂无数据', trend: null })
    expect(rows.returnVisits).toMatchObject({ value: '暂无数据' })
  })

  it('withholds the rates of a building with fewer than 5 repairs', () => {
    const [one, two, three] = report.buildings
    expect(one).toMatchObject({
      code: '1',
      current: { repairsReceived: 6, sampleTooSmall: false, response: { count: 5, median: 30, p90: 50 } },
    })
    expect(two!.current).toMatchObject({
      repairsReceived: 1,
      sampleTooSmall: true,
      response: null,
      resolution: null,
      withinPromise: null,
      repeatFaults: null,
      satisfaction: null,
      visitorPassesUsed: 1,
      feeCollection: { rateBp: 10_000 },
    })
    expect(three!.current).toMatchObject({ repairsReceived: 0, sampleTooSmall: true })
    const rows = figureRows(two!, 'building')
    expect(rows.find((r) => r.key === 'repairs')!.value).toBe('1 件')
    expect(rows.find((r) => r.key === 'response')).toMatchObject({ value: '样本不足', sentence: null })
    expect(rows.find((r) => r.key === 'satisfaction')!.value).toBe('样本不足')
    // Feedback is never broken down by building.
    expect(rows.map((r) => r.key)).not.toContain('complaints')
  })

  it('shows a building at exactly 5 repairs', () => {
    const five = monthlyReport({ ...NOVEMBER, orders: NOVEMBER.orders.slice(0, 5) })
    expect(five.buildings[0]!.current).toMatchObject({ repairsReceived: 5, sampleTooSmall: false })
    const four = monthlyReport({ ...NOVEMBER, orders: NOVEMBER.orders.slice(0, 4) })
    expect(four.buildings[0]!.current).toMatchObject({ repairsReceived: 4, sampleTooSmall: true, response: null })
  })

  it('reports complaints and return visits when the estate keeps them', () => {
    const withFeedback = monthlyReport({
      ...NOVEMBER,
      complaints: [
        { createdAt: '2026-11-02T01:00:00.000Z', acknowledgeMinutes: 30, closed: true },
        { createdAt: '2026-11-03T01:00:00.000Z', acknowledgeMinutes: 90, closed: false },
        { createdAt: '2026-11-04T01:00:00.000Z', acknowledgeMinutes: null, closed: false },
        { createdAt: '2026-10-04T01:00:00.000Z', acknowledgeMinutes: 10, closed: true },
      ],
      returnVisits: [
        { visitedAt: '2026-11-02T01:00:00.000Z', result: 'satisfied' },
        { visitedAt: '2026-11-02T02:00:00.000Z', result: 'dissatisfied' },
        { visitedAt: '2026-11-02T03:00:00.000Z', result: 'unreachable' },
        { visitedAt: '2026-11-02T04:00:00.000Z', result: 'satisfied' },
      ],
    })
    expect(withFeedback.estate.current.complaints).toEqual({
      received: 3,
      acknowledge: { count: 2, median: 30, p90: 90 },
      closed: { met: 1, total: 3, share: 0.333 },
    })
    // The unreachable household is not counted as either.
    expect(withFeedback.estate.current.returnVisits).toEqual({ made: 4, satisfied: { met: 2, total: 3, share: 0.667 } })
    expect(withFeedback.estate.trends.complaints).toEqual({ direction: 'up', verdict: 'worse' })
    expect(withFeedback.buildings[0]!.current.complaints).toBeNull()
  })
})
