import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { accept, hold, start } from '@core/repair/work-order.machine'
import {
  byUrgencyThenDeadline,
  deadlineRows,
  formatClock,
  formatDuration,
  slaPromise,
  slaView,
} from '../../../src/components/repair/sla'

const rules = new SlaRules(DEFAULT_SLA_POLICY)
const resident = { openid: 'resident-1', role: 'resident' as const, unitId: '1-101', name: '王女士' }
const staff = { openid: 'staff-1', role: 'maintenance' as const, unitId: null, name: '李师傅' }
const at = (iso: string) => new Date(iso).getTime()

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** An urgent leak reported at 10:00 Shanghai time (urgent clocks run round the clock). */
function urgentOrder(id = 'wo-1', createdAt = '2026-11-27T02:00:00.000Z'): WorkOrder {
  return unwrap(
    createWorkOrder(
      { id, category: 'plumbing', priority: 'urgent', description: '漏水', photos: [] },
      resident,
      createdAt,
      rules,
      {
        mode: 'pool',
        gridId: null,
        gridOwner: null,
      },
    ),
  )
}

describe('durations read the way people say them', () => {
  test.each([
    [0, '0 分钟'],
    [18, '18 分钟'],
    [60, '1 小时'],
    [125, '2 小时 5 分钟'],
    [24 * 60, '1 天'],
    [27 * 60 + 30, '1 天 3 小时'],
  ])('%i minutes -> %s', (minutes, text) => expect(formatDuration(minutes)).toBe(text))

  test('the ticking part shows hours, minutes and seconds', () => {
    expect(formatClock(17 * 60_000 + 42_000)).toBe('00:17:42')
    expect(formatClock(-5)).toBe('00:00:00')
  })
})

describe('the countdown on an order', () => {
  test('a fresh urgent job promises a response within its 15 minutes', () => {
    const order = urgentOrder()
    expect(slaView(order, at('2026-11-27T02:00:00Z'))).toEqual({
      timer: 'response',
      overdue: false,
      headline: '预计 15 分钟内响应',
      clock: '00:15:00',
    })
    expect(slaView(order, at('2026-11-27T02:12:30Z'))?.headline).toBe('预计 3 分钟内响应')
  })

  test('past the deadline it says plainly how late it is', () => {
    expect(slaView(urgentOrder(), at('2026-11-27T02:40:00Z'))).toMatchObject({
      overdue: true,
      headline: '已超时 25 分钟',
      clock: null,
    })
  })

  test('once accepted, the clock runs to the visit, which was promised from submission', () => {
    const accepted = unwrap(accept(urgentOrder(), staff, '2026-11-27T02:05:00.000Z', rules))
    expect(slaView(accepted, at('2026-11-27T02:05:00Z'))).toMatchObject({
      timer: 'arrival',
      headline: '预计 55 分钟内上门',
    })
  })

  test('the promise lists all three windows and whether they run round the clock', () => {
    expect(slaPromise(urgentOrder())).toBe('15 分钟内响应，1 小时内上门，4 小时内完工（全天候）')
  })
})

describe('the deadlines on an order, in plain words', () => {
  const rows = (order: WorkOrder, now: string) =>
    deadlineRows(order, at(now)).map((r) => [r.label, r.due, r.state, r.text])

  test('a fresh urgent job: the response is running, the visit and the repair not begun', () => {
    expect(rows(urgentOrder(), '2026-11-27T02:03:00Z')).toEqual([
      ['响应', '11-27 10:15', 'running', '剩余 12 分钟'],
      ['上门', '11-27 11:00', 'pending', '待开始'],
      ['完工', '11-27 14:00', 'pending', '待开始'],
    ])
  })

  test('accepted in 5 minutes but on site 10 minutes late: one kept, one missed, the repair running', () => {
    const accepted = unwrap(accept(urgentOrder(), staff, '2026-11-27T02:05:00.000Z', rules))
    const started = unwrap(start(accepted, staff, '2026-11-27T03:10:00.000Z', rules))
    expect(rows(started, '2026-11-27T03:10:00Z')).toEqual([
      ['响应', '11-27 10:15', 'kept', '按时（提前 10 分钟）'],
      ['上门', '11-27 11:00', 'missed', '超时 10 分钟'],
      ['完工', '11-27 14:00', 'running', '剩余 2 小时 50 分钟'],
    ])
  })

  test('an unanswered job past its deadline says how late it is', () => {
    expect(rows(urgentOrder(), '2026-11-27T02:40:00Z')[0]).toEqual(['响应', '11-27 10:15', 'overdue', '已超时 25 分钟'])
  })

  test('on hold, the paused promise says so instead of counting down', () => {
    const accepted = unwrap(accept(urgentOrder(), staff, '2026-11-27T02:05:00.000Z', rules))
    const held = unwrap(hold(accepted, staff, '2026-11-27T02:20:00.000Z', rules, { reason: 'parts' }))
    expect(rows(held, '2026-11-27T02:30:00Z')[1]).toMatchObject(['上门', expect.any(String), 'paused', '计时已暂停'])
  })
})

test('the staff pool lists urgent jobs first, then the nearest response deadline', () => {
  const normal = unwrap(
    createWorkOrder(
      { id: 'n', category: 'other', priority: 'normal', description: '门铃坏了', photos: [] },
      resident,
      '2026-11-27T01:00:00.000Z',
      rules,
      {
        mode: 'pool',
        gridId: null,
        gridOwner: null,
      },
    ),
  )
  const later = urgentOrder('u-late', '2026-11-27T02:30:00.000Z')
  const sooner = urgentOrder('u-soon', '2026-11-27T02:00:00.000Z')
  expect([normal, later, sooner].sort(byUrgencyThenDeadline).map((o) => o.id)).toEqual(['u-soon', 'u-late', 'n'])
})
