import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import type { Timer, WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { parseCsv } from '@core/estate/csv'
import {
  contractReview,
  monthBounds,
  monthsEnding,
  scorecard,
  scorecardCsv,
  type ScorecardInputs,
} from '@core/vendor/scorecard'

const resident = { openid: 'resident-1', role: 'resident' as const, unitId: '1-101', name: '王女士' }
const rules = new SlaRules(DEFAULT_SLA_POLICY)

type Kept = Partial<Record<Timer, boolean>>

/** A vendor order reported at `createdAt`, with the promises it kept (absent: its timer never stopped). */
function order(
  id: string,
  vendorId: string,
  createdAt: string,
  fields: {
    kept?: Kept
    completedAt?: string
    status?: WorkOrder['status']
    stars?: number
    repeatOfVendor?: string
  } = {},
): WorkOrder {
  const created = createWorkOrder(
    { id, category: 'elevator', priority: 'normal', description: '电梯故障', photos: [] },
    resident,
    createdAt,
    rules,
    { mode: 'pool', gridId: null, gridOwner: null },
  )
  if (!created.ok) throw new Error(created.error.message)
  const outcome = (timer: Timer) =>
    fields.kept?.[timer] === undefined ? null : { met: fields.kept[timer]!, marginMinutes: 0 }
  return {
    ...created.value,
    vendorId,
    status: fields.status ?? (fields.completedAt ? 'completed' : 'submitted'),
    completedAt: fields.completedAt ?? null,
    outcomes: { response: outcome('response'), arrival: outcome('arrival'), resolution: outcome('resolution') },
    rating: fields.stars ? { stars: fields.stars } : null,
    repeat: fields.repeatOfVendor
      ? { orderId: 'earlier', completedAt: createdAt, assigneeOpenid: null, vendorId: fields.repeatOfVendor }
      : null,
  }
}

const ALL_KEPT: Kept = { response: true, arrival: true, resolution: true }

/**
 * November 2026 for three vendors, figures worked out by hand:
 * 安达 (va): A1 (reported 01:00 on 1 Nov in Shanghai, i.e. still 31 Oct in UTC) kept all three;
 * A2 kept response only; A3 kept response and arrival and is still open; R1 is a repeat of A0
 * (reported in October, finished 1 Nov); A4 was cancelled. -> 4 orders; response 3/3, arrival 2/3,
 * resolution 1/2; finished A0, A1, A2 = 3, repeats 1 -> 1/3; rating (5 + 3) / 2 = 4;
 * complaints 1 (the December one is not November's); visits 2, dissatisfied 1.
 * 绿源 (vb): two orders, everything kept, one rated 4. 明辉 (vc): one order, resolution missed.
 */
const NOVEMBER: ScorecardInputs = {
  vendors: [
    { id: 'va', name: '安达电梯' },
    { id: 'vb', name: '绿源园林' },
    { id: 'vc', name: '明辉保洁' },
  ],
  orders: [
    order('A0', 'va', '2026-10-28T02:00:00.000Z', { kept: ALL_KEPT, completedAt: '2026-11-01T03:00:00.000Z' }),
    order('A1', 'va', '2026-10-31T17:00:00.000Z', {
      kept: ALL_KEPT,
      completedAt: '2026-11-03T05:00:00.000Z',
      status: 'closed',
      stars: 5,
    }),
    order('A2', 'va', '2026-11-10T02:00:00.000Z', {
      kept: { response: true, arrival: false, resolution: false },
      completedAt: '2026-11-11T02:00:00.000Z',
      status: 'closed',
      stars: 3,
    }),
    order('A3', 'va', '2026-11-20T02:00:00.000Z', { kept: { response: true, arrival: true }, status: 'in_progress' }),
    order('A4', 'va', '2026-11-25T02:00:00.000Z', { kept: { response: true }, status: 'cancelled' }),
    order('R1', 'va', '2026-11-15T02:00:00.000Z', { repeatOfVendor: 'va' }),
    order('B1', 'vb', '2026-11-05T02:00:00.000Z', {
      kept: ALL_KEPT,
      completedAt: '2026-11-05T08:00:00.000Z',
      stars: 4,
    }),
    order('B2', 'vb', '2026-11-06T02:00:00.000Z', { kept: ALL_KEPT, completedAt: '2026-11-06T08:00:00.000Z' }),
    order('C0', 'vc', '2026-09-10T02:00:00.000Z', {
      kept: { resolution: false },
      completedAt: '2026-09-12T02:00:00.000Z',
    }),
    order('C1', 'vc', '2026-11-18T02:00:00.000Z', {
      kept: { resolution: false },
      completedAt: '2026-11-20T02:00:00.000Z',
    }),
    order('D1', 'va', '2026-12-03T02:00:00.000Z', {
      kept: { resolution: false },
      completedAt: '2026-12-04T02:00:00.000Z',
    }),
  ],
  complaints: [
    { orderId: 'A2', at: '2026-11-12T02:00:00.000Z' },
    { orderId: 'A1', at: '2026-12-02T02:00:00.000Z' },
  ],
  returnVisits: [
    { orderId: 'A1', at: '2026-11-05T02:00:00.000Z', dissatisfied: false },
    { orderId: 'A2', at: '2026-11-12T02:00:00.000Z', dissatisfied: true },
    { orderId: 'B1', at: '2026-11-07T02:00:00.000Z', dissatisfied: false },
  ],
}

describe('the monthly vendor scorecard', () => {
  const rows = scorecard('2026-11', NOVEMBER)

  it('counts each vendor’s month as worked out by hand', () => {
    expect(rows.find((r) => r.vendorId === 'va')).toEqual({
      vendorId: 'va',
      vendorName: '安达电梯',
      month: '2026-11',
      orders: 4,
      onTime: { response: 1, arrival: 2 / 3, resolution: 0.5 },
      finished: 3,
      repeats: 1,
      repeatRate: 1 / 3,
      averageRating: 4,
      complaints: 1,
      returnVisits: 2,
      dissatisfied: 1,
      dissatisfiedRate: 0.5,
      rank: 2,
    })
    expect(rows.find((r) => r.vendorId === 'vb')).toMatchObject({
      orders: 2,
      onTime: { response: 1, arrival: 1, resolution: 1 },
      repeatRate: 0,
      averageRating: 4,
      complaints: 0,
      returnVisits: 1,
      dissatisfiedRate: 0,
    })
  })

  it('ranks by on-time resolution first', () => {
    expect(rows.map((r) => [r.rank, r.vendorId])).toEqual([
      [1, 'vb'],
      [2, 'va'],
      [3, 'vc'],
    ])
  })

  it('a vendor without work in the month shows no figures rather than zeros', () => {
    const [quiet] = scorecard('2026-08', NOVEMBER).filter((r) => r.vendorId === 'vb')
    expect(quiet).toMatchObject({
      orders: 0,
      onTime: { response: null, arrival: null, resolution: null },
      repeatRate: null,
      averageRating: null,
      dissatisfiedRate: null,
    })
  })

  it('exports as the CSV Excel opens, percentages to one decimal', () => {
    const records = parseCsv(scorecardCsv(rows)).map((r) => r.cells)
    expect(records[0]).toEqual([
      '排名',
      '外包单位',
      '月份',
      '工单数',
      '响应准时率%',
      '上门准时率%',
      '完工准时率%',
      '返修次数',
      '返修率%',
      '平均评分',
      '关联投诉',
      '回访次数',
      '回访不满意率%',
    ])
    expect(records[2]).toEqual(['2', '安达电梯', '2026-11', '4', '100', '66.7', '50', '1', '33.3', '4', '1', '2', '50'])
  })
})

describe('the contract review', () => {
  const review = contractReview('2026-12', NOVEMBER, { onTimeBelow: 0.85, monthsRunning: 2 })
  const of = (id: string) => review.find((r) => r.vendorId === id)!

  it('flags a vendor below the bar two months running', () => {
    expect(of('va')).toMatchObject({ flagged: true, belowRun: ['2026-11', '2026-12'] })
    expect(of('va').trend).toHaveLength(12)
    expect(of('va').trend.slice(-3)).toEqual([
      { month: '2026-10', orders: 1, onTime: 1, repeatRate: null },
      { month: '2026-11', orders: 4, onTime: 0.5, repeatRate: 1 / 3 },
      { month: '2026-12', orders: 1, onTime: 0, repeatRate: 0 },
    ])
  })

  it('a month without work breaks a run: it neither condemns nor clears', () => {
    expect(of('vc')).toMatchObject({ flagged: false, belowRun: ['2026-09'] })
    expect(of('vb')).toMatchObject({ flagged: false, belowRun: [] })
  })
})

describe('months', () => {
  it('a Shanghai month starts at 16:00 UTC the day before', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' })
    expect(monthBounds('2026-12').to).toBe('2026-12-31T16:00:00.000Z')
  })

  it('counts back across a year end', () => {
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02'])
  })
})
