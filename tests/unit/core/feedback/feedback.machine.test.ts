import type { Actor } from '@core/identity/actor'
import { DEFAULT_FEEDBACK_POLICY, FeedbackRules } from '@core/feedback/feedback-sla'
import { acknowledge, confirmFeedback, reopenFeedback, resolveFeedback } from '@core/feedback/feedback.machine'
import { createFeedback } from '@core/feedback/feedback.creation'
import { sweepFeedback } from '@core/feedback/feedback.ladder'
import { FEEDBACK_TRANSITIONS } from '@core/feedback/feedback.transitions'
import { feedbackFor } from '@core/feedback/feedback.views'
import { sampleShareOf, visitReason } from '@core/feedback/return-visit'
import { DEFAULT_SERVICE_HOURS } from '@core/sla/service-hours'
import type { Feedback } from '@core/feedback/feedback'

/** Estate-local time to an instant. */
const at = (local: string) => new Date(`${local}:00+08:00`).toISOString()
const T0 = at('2026-03-02T19:50') // Monday, ten minutes before the office closes

const resident: Actor = { openid: 'r1', role: 'resident', unitId: '1-101', name: '王女士' }
const neighbour: Actor = { openid: 'r2', role: 'resident', unitId: '2-202', name: '陈先生' }
const staff: Actor = { openid: 's1', role: 'maintenance', unitId: null, name: '李师傅' }
const manager: Actor = { openid: 'm1', role: 'manager', unitId: null, name: '刘经理' }
const rules = new FeedbackRules(DEFAULT_FEEDBACK_POLICY, DEFAULT_SERVICE_HOURS)

function submitted(overrides: Partial<Parameters<typeof createFeedback>[0]> = {}): Feedback {
  const made = createFeedback(
    {
      id: 'f1',
      kind: 'complaint',
      topic: '噪音扰民',
      description: '楼上装修',
      photos: [],
      anonymous: false,
      relatedOrderId: null,
      source: 'resident',
      ...overrides,
    },
    resident,
    T0,
    rules,
    { gridId: null, gridOwner: null, praised: null },
  )
  if (!made.ok) throw new Error(made.error.message)
  return made.value
}

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(r.error.code)
  return r.value
}

describe('feedback clocks on the estate calendar', () => {
  it('a complaint at 19:50 Monday is due to be acknowledged by 19:50 Wednesday (24 service hours = two office days)', () => {
    const item = submitted()
    expect(item.deadlines).toEqual({ acknowledge: at('2026-03-04T19:50'), resolve: at('2026-03-06T19:50') })
    // The sweep first looks at the warning: 80 % of 24 h = 19 h 12 min of service time.
    expect(item.nextCheckAt).toBe(at('2026-03-04T15:02'))
  })

  it('managers can promise faster per topic; kind and default apply otherwise', () => {
    const policy = {
      ...DEFAULT_FEEDBACK_POLICY,
      byKind: { suggestion: { acknowledge: 48 * 60, resolve: 96 * 60 } },
      byTopic: { 噪音扰民: { acknowledge: 60, resolve: 4 * 60 } },
    }
    const strict = new FeedbackRules(policy, DEFAULT_SERVICE_HOURS)
    expect(strict.termsFor('complaint', '噪音扰民').windows).toEqual({ acknowledge: 60, resolve: 240 })
    expect(strict.termsFor('suggestion', '环境卫生').windows).toEqual({ acknowledge: 2880, resolve: 5760 })
    expect(strict.termsFor('complaint', '收费').windows).toEqual(DEFAULT_FEEDBACK_POLICY.defaults)
  })

  it('an acknowledgement after the deadline is late even if the sweep never ran', () => {
    // Thursday 09:00: 10 service minutes on Wednesday evening and 60 on Thursday morning over.
    const late = value(acknowledge(submitted(), staff, '收到', at('2026-03-05T09:00'), rules))
    expect(late.outcomes.acknowledge).toEqual({ met: false, marginMinutes: -70 })
    expect(late.overdue.acknowledge).toBe(at('2026-03-05T09:00'))
    expect(late.durations.acknowledge).toBe(24 * 60 + 70)
  })

  it('the sweep fires each step once, announcing only the highest when it comes late', () => {
    const item = submitted()
    const first = sweepFeedback(item, at('2026-03-05T09:00'), rules)
    expect(first.fired).toEqual([{ timer: 'acknowledge', step: 'overdue' }])
    expect(first.item.warned.acknowledge).toBe(at('2026-03-05T09:00'))
    expect(sweepFeedback(first.item, at('2026-03-05T09:05'), rules).fired).toEqual([])
  })
})

describe('the feedback state table', () => {
  it('allows only the listed moves', () => {
    expect(FEEDBACK_TRANSITIONS.resolve).toEqual({ acknowledged: 'resolved', reopened: 'resolved' })
    const item = submitted()
    expect(resolveFeedback(item, staff, '好了', T0, rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(resolveFeedback(item, manager, '好了', T0, rules)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
    expect(confirmFeedback(item, resident, { satisfied: true, rating: 5 }, T0, rules)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })

  it('submitted → acknowledged → resolved → closed → reopened, the household alone closing and reopening', () => {
    const taken = value(acknowledge(submitted(), staff, '收到', at('2026-03-03T09:00'), rules))
    const done = value(resolveFeedback(taken, staff, '已协调', at('2026-03-03T10:00'), rules))
    expect(confirmFeedback(done, neighbour, { satisfied: true, rating: 5 }, T0, rules)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const closed = value(
      confirmFeedback(done, resident, { satisfied: false, rating: 2 }, at('2026-03-03T11:00'), rules),
    )
    expect(closed).toMatchObject({ status: 'closed', nextCheckAt: null, rating: { satisfied: false, stars: 2 } })
    const again = value(reopenFeedback(closed, resident, '没解决', at('2026-03-10T10:59'), rules))
    expect(again).toMatchObject({ status: 'reopened', reopenCount: 1, ownerOpenid: 's1', rating: null })
    // The resolution clock restarts at the reopen: 48 service hours from Tuesday 10:59.
    expect(again.deadlines.resolve).toBe(at('2026-03-14T10:59'))
    expect(reopenFeedback(closed, resident, '没解决', at('2026-03-10T11:01'), rules)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })

  it('a second worker cannot acknowledge what a colleague holds', () => {
    const taken = value(acknowledge(submitted(), staff, '收到', T0, rules))
    const other: Actor = { ...staff, openid: 's2', name: '张师傅' }
    expect(acknowledge(taken, other, '我来', T0, rules)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('anonymous feedback reaches staff without the name, unit or openid; managers see them', () => {
    const item = value(acknowledge(submitted({ anonymous: true }), staff, '收到', T0, rules))
    const seen = JSON.stringify(feedbackFor(item, staff))
    expect(seen).not.toMatch(/王女士|1-101|"r1"/)
    expect(feedbackFor(item, manager)).toBe(item)
  })
})

describe('which closed repairs get a return visit', () => {
  it('every urgent job and every job rated 3 or less; the rest by a stable sample', () => {
    expect(visitReason({ id: 'a', priority: 'urgent', rating: { stars: 5 } }, 0)).toBe('urgent')
    expect(visitReason({ id: 'a', priority: 'normal', rating: { stars: 3 } }, 0)).toBe('low_rating')
    expect(visitReason({ id: 'a', priority: 'normal', rating: { stars: 4 } }, 0)).toBeNull()
    expect(sampleShareOf('order-42')).toBe(sampleShareOf('order-42'))
    const ids = Array.from({ length: 2000 }, (_, i) => `order-${i}`)
    const sampled = ids.filter((id) => visitReason({ id, priority: 'normal', rating: { stars: 5 } }, 0.2) === 'sample')
    expect(sampled.length / ids.length).toBeGreaterThan(0.17)
    expect(sampled.length / ids.length).toBeLessThan(0.23)
  })
})
