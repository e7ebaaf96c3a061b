import { callAny, countDocs, inboxKinds, inMinute, local, MONDAY_9AM, setClock } from './support/feedback-fixtures'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
/** Each repair is a different problem: the same one twice within 30 days would be a repeat fault (返修), raised to urgent. */
const PROBLEMS = ['plumbing', 'electrical', 'doors_windows', 'appliance'] as const
let filed = 0
beforeEach(async () => {
  filed = 0
  host = await startTestHost()
  await setClock(host, MONDAY_9AM)
})
afterEach(() => host.stop())

/** A repair taken through to the household's rating; answers the closed order. */
async function closedRepair(stars: number, priority: 'normal' | 'urgent' = 'normal') {
  const created = await callAny(host, 'resident-1', 'repair', {
    action: 'create',
    category: PROBLEMS[filed++ % PROBLEMS.length],
    priority,
    description: '厨房水管漏水',
  })
  const id = created.data.id
  await callAny(host, 'staff-1', 'repair', { action: 'accept', id })
  await callAny(host, 'staff-1', 'repair', { action: 'start', id })
  await callAny(host, 'staff-1', 'repair', { action: 'complete', id, note: '换了阀门' })
  const closed = await callAny(host, 'resident-1', 'repair', { action: 'confirm', id, rating: stars })
  expect(closed).toMatchObject({ ok: true, data: { status: 'closed' } })
  return closed.data
}

describe('return visits (回访)', () => {
  it('a closed low-rated repair gets a visit due in 3 days; 不满意 raises a complaint linked both ways', async () => {
    const order = await closedRepair(2)
    const due = await callAny(host, 'admin-1', 'feedback', { action: 'visits' })
    expect(due.data.items).toEqual([
      expect.objectContaining({
        orderId: order.id,
        reason: 'low_rating',
        status: 'due',
        dueAt: inMinute('2026-03-05 09:00'),
      }),
    ])

    const missed = await callAny(host, 'admin-1', 'feedback', {
      action: 'recordVisit',
      id: order.id,
      outcome: 'unreachable',
    })
    expect(missed).toMatchObject({ ok: true, data: { status: 'due', attempts: [{ outcome: 'unreachable' }] } })
    expect(await countDocs(host, 'feedback')).toBe(0)

    const unhappy = await callAny(host, 'admin-1', 'feedback', {
      action: 'recordVisit',
      id: order.id,
      outcome: 'dissatisfied',
      note: '阀门还在滴水',
    })
    expect(unhappy).toMatchObject({ ok: true, data: { status: 'done', result: 'dissatisfied' } })
    const complaintId = unhappy.data.complaintId
    expect(complaintId).toEqual(expect.any(String))

    // The household sees the complaint raised for it, naming the order; the order lists it back.
    const complaint = await callAny(host, 'resident-1', 'feedback', { action: 'get', id: complaintId })
    expect(complaint.data).toMatchObject({
      kind: 'complaint',
      source: 'return_visit',
      status: 'submitted',
      relatedOrderId: order.id,
      unitId: '1-101',
    })
    expect(complaint.data.description).toContain('阀门还在滴水')
    const linked = await callAny(host, 'resident-1', 'feedback', { action: 'linked', orderId: order.id })
    expect(linked.data.items.map((f: { id: string }) => f.id)).toEqual([complaintId])

    // A result is final: a second call changes nothing and raises nothing.
    const again = await callAny(host, 'admin-1', 'feedback', {
      action: 'recordVisit',
      id: order.id,
      outcome: 'satisfied',
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(await countDocs(host, 'feedback')).toBe(1)

    const figures = await callAny(host, 'admin-1', 'feedback', { action: 'dashboard', range: '7d' })
    expect(figures.data).toMatchObject({
      returnVisitsDue: 1,
      returnVisitsDone: 1,
      returnVisitCoverage: 1,
      returnVisitResults: { dissatisfied: 1 },
    })
  })

  it('an urgent job always gets one; a 5-star ordinary job only by the sample, which managers set', async () => {
    const off = await callAny(host, 'admin-1', 'feedback', { action: 'getSettings' })
    await callAny(host, 'admin-1', 'feedback', {
      action: 'updateSettings',
      policy: off.data.policy,
      returnVisitSample: 0,
    })
    const urgent = await closedRepair(5, 'urgent')
    await closedRepair(5)
    const due = await callAny(host, 'admin-1', 'feedback', { action: 'visits' })
    expect(due.data.items.map((v: { orderId: string; reason: string }) => [v.orderId, v.reason])).toEqual([
      [urgent.id, 'urgent'],
    ])

    await callAny(host, 'admin-1', 'feedback', {
      action: 'updateSettings',
      policy: off.data.policy,
      returnVisitSample: 1,
    })
    const sampled = await closedRepair(5)
    const all = await callAny(host, 'admin-1', 'feedback', { action: 'visits' })
    expect(all.data.items.map((v: { orderId: string }) => v.orderId)).toContain(sampled.id)
  })

  it('refuses a bad outcome and an unknown visit, writing nothing', async () => {
    const order = await closedRepair(1)
    expect(
      await callAny(host, 'admin-1', 'feedback', { action: 'recordVisit', id: order.id, outcome: 'angry' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(
      await callAny(host, 'admin-1', 'feedback', { action: 'recordVisit', id: 'nope', outcome: 'satisfied' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(
      await callAny(host, 'staff-1', 'feedback', { action: 'recordVisit', id: order.id, outcome: 'satisfied' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const visit = await callAny(host, 'admin-1', 'feedback', { action: 'visits' })
    expect(visit.data.items[0].attempts).toEqual([])
  })
})

async function publishedSurvey(fields: Record<string, unknown> = {}) {
  const template = await callAny(host, 'admin-1', 'feedback', { action: 'surveyTemplate' })
  const created = await callAny(host, 'admin-1', 'feedback', {
    action: 'surveyCreate',
    ...template.data,
    opensAt: local(MONDAY_9AM),
    closesAt: local('2026-03-09 20:00'),
    ...fields,
  })
  expect(created).toMatchObject({ ok: true, data: { status: 'draft' } })
  const published = await callAny(host, 'admin-1', 'feedback', { action: 'surveyPublish', id: created.data.id })
  expect(published).toMatchObject({ ok: true, data: { status: 'published' } })
  return published.data
}

const allFives = { service_desk: 5, repairs: 5, security: 5, cleaning: 5, greening: 5, fees: 5 }

describe('questionnaires', () => {
  it('one household answers once; results count both households, per building', async () => {
    const survey = await publishedSurvey()
    expect(await inboxKinds(host, 'resident-1')).toEqual(['survey_invite'])
    const notices = await callAny(host, 'resident-1', 'inbox', { action: 'announcements' })
    expect(notices.data.items[0].title).toBe('问卷：年度物业服务满意度调查')

    const open = await callAny(host, 'resident-1', 'feedback', { action: 'surveyList' })
    expect(open.data.items.map((s: { id: string; answered: boolean }) => [s.id, s.answered])).toEqual([
      [survey.id, false],
    ])

    const answered = await callAny(host, 'resident-1', 'feedback', {
      action: 'surveyAnswer',
      id: survey.id,
      answers: { ...allFives, fees: 3, comment: '希望公示停车费用途' },
    })
    expect(answered).toMatchObject({ ok: true })
    const twice = await callAny(host, 'resident-1', 'feedback', {
      action: 'surveyAnswer',
      id: survey.id,
      answers: allFives,
    })
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await callAny(host, 'resident-2', 'feedback', {
      action: 'surveyAnswer',
      id: survey.id,
      answers: { ...allFives, fees: 4 },
    })
    expect(await countDocs(host, 'surveyAnswers')).toBe(2)

    const results = await callAny(host, 'admin-1', 'feedback', { action: 'surveyResults', id: survey.id })
    expect(results.data).toMatchObject({ responses: 2, households: 36, respondedHouseholds: 2, responseRate: 0.056 })
    const fees = results.data.questions.find((q: { id: string }) => q.id === 'fees')
    expect(fees).toMatchObject({ title: '收费透明', answered: 2, average: 3.5, counts: { '3': 1, '4': 1, '5': 0 } })
    const comment = results.data.questions.find((q: { id: string }) => q.id === 'comment')
    expect(comment.texts).toEqual(['希望公示停车费用途'])
    expect(results.data.buildings).toEqual([
      { building: '1', households: 12, responded: 1, rate: 0.083 },
      { building: '2', households: 12, responded: 1, rate: 0.083 },
      { building: '3', households: 12, responded: 0, rate: 0 },
    ])
    // Anonymous: nobody's openid is stored with the answers, and the export leaves the unit out.
    const stored = await host.store.collection('surveyAnswers').find({ where: {}, limit: 10 })
    expect(stored.map((a) => a.openid)).toEqual([null, null])
    const csv = await callAny(host, 'admin-1', 'feedback', {
      action: 'surveyExport',
      id: survey.id,
      exportReason: '业委会季度汇报',
    })
    expect(csv.data.rows).toBe(2)
    expect(csv.data.csv).not.toContain('1-101')
    expect(csv.data.csv).toContain('收费透明')

    const figures = await callAny(host, 'admin-1', 'feedback', { action: 'dashboard', range: '7d' })
    expect(figures.data.surveyResponseRate).toBe(0.056)
  })

  it('refuses incomplete answers, other buildings and closed surveys, writing nothing', async () => {
    const survey = await publishedSurvey({ buildings: ['1'] })
    const refused: [string, Record<string, unknown>, string][] = [
      ['resident-1', { answers: { ...allFives, fees: undefined } }, 'VALIDATION_FAILED'],
      ['resident-1', { answers: { ...allFives, fees: 6 } }, 'VALIDATION_FAILED'],
      ['resident-1', { answers: { ...allFives, bogus: 1 } }, 'VALIDATION_FAILED'],
      ['resident-2', { answers: allFives }, 'NOT_FOUND'],
      ['admin-1', { answers: allFives }, 'FORBIDDEN'],
    ]
    for (const [who, event, code] of refused) {
      const answer = await callAny(host, who, 'feedback', { action: 'surveyAnswer', id: survey.id, ...event })
      expect([who, answer]).toMatchObject([who, { ok: false, error: { code } }])
    }
    await setClock(host, '2026-03-09 20:01')
    const late = await callAny(host, 'resident-1', 'feedback', {
      action: 'surveyAnswer',
      id: survey.id,
      answers: allFives,
    })
    expect(late).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(await countDocs(host, 'surveyAnswers')).toBe(0)

    const bad = await callAny(host, 'admin-1', 'feedback', {
      action: 'surveyCreate',
      title: '问卷',
      questions: [{ id: 'q1', type: 'single', title: '选一个', options: ['唯一'] }],
      opensAt: local(MONDAY_9AM),
      closesAt: local(MONDAY_9AM),
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
    expect(Object.keys(bad.error.fieldErrors).sort()).toEqual(['closesAt', 'questions.0.options'])
  })
})
