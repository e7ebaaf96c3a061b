import {
  callAny,
  complain,
  countDocs,
  inboxBodies,
  inboxKinds,
  inMinute,
  MONDAY_9AM,
  setClock,
} from './support/feedback-fixtures'
import { startTestHost, type TestHost } from '../support/test-host'

let host: TestHost
beforeEach(async () => {
  host = await startTestHost()
  await setClock(host, MONDAY_9AM)
})
afterEach(() => host.stop())

describe('a complaint, closed in a loop', () => {
  it('is assigned, acknowledged, replied to, resolved and confirmed, with every clock measured', async () => {
    const created = await complain(host)
    expect(created).toMatchObject({ status: 'submitted', kind: 'complaint', assigneeOpenid: null })
    // 24 service hours to acknowledge (08:00–20:00: Monday 11 h, Tuesday 12 h, Wednesday 1 h).
    expect(created.deadlines.acknowledge).toEqual(inMinute('2026-03-04 09:00'))
    // 48 service hours to resolve: Friday 09:00.
    expect(created.deadlines.resolve).toEqual(inMinute('2026-03-06 09:00'))

    const assigned = await callAny(host, 'admin-1', 'feedback', {
      action: 'assign',
      id: created.id,
      staffOpenid: 'staff-1',
    })
    expect(assigned).toMatchObject({ ok: true, data: { assigneeOpenid: 'staff-1', status: 'submitted' } })

    await host.advanceMinutes(60)
    const acknowledged = await callAny(host, 'staff-1', 'feedback', {
      action: 'acknowledge',
      id: created.id,
      note: '已联系楼上住户核实装修时间',
    })
    expect(acknowledged).toMatchObject({
      ok: true,
      data: {
        status: 'acknowledged',
        ownerOpenid: 'staff-1',
        acknowledgedAt: inMinute('2026-03-02 10:00'),
        durations: { acknowledge: 60, resolve: null },
        outcomes: { acknowledge: { met: true, marginMinutes: 23 * 60 }, resolve: null },
      },
    })

    await callAny(host, 'staff-1', 'feedback', { action: 'reply', id: created.id, message: '已要求中午 12-14 点停工' })
    const seen = await callAny(host, 'resident-1', 'feedback', { action: 'get', id: created.id })
    expect(seen.ok && seen.data.thread.map((m: { from: string; message: string }) => [m.from, m.message])).toEqual([
      ['staff', '已联系楼上住户核实装修时间'],
      ['staff', '已要求中午 12-14 点停工'],
    ])

    // Tuesday 10:00: Monday 09:00–20:00 (11 h) plus Tuesday 08:00–10:00 (2 h) of service time.
    await setClock(host, '2026-03-03 10:00')
    const resolved = await callAny(host, 'staff-1', 'feedback', {
      action: 'resolve',
      id: created.id,
      resolution: '装修方已承诺午休时段停工',
    })
    expect(resolved).toMatchObject({
      ok: true,
      data: {
        status: 'resolved',
        durations: { acknowledge: 60, resolve: 13 * 60 },
        outcomes: { resolve: { met: true, marginMinutes: 35 * 60 } },
      },
    })

    const confirmed = await callAny(host, 'resident-1', 'feedback', {
      action: 'confirm',
      id: created.id,
      satisfied: true,
      rating: 5,
      comment: '处理及时',
    })
    expect(confirmed).toMatchObject({
      ok: true,
      data: { status: 'closed', closedAt: inMinute('2026-03-03 10:00'), rating: { satisfied: true, stars: 5 } },
    })
    expect(await inboxKinds(host, 'resident-1')).toEqual([
      'feedback_acknowledged',
      'feedback_replied',
      'feedback_resolved',
    ])
    expect(await inboxKinds(host, 'staff-1')).toEqual(['feedback_assigned'])

    const figures = await callAny(host, 'admin-1', 'feedback', { action: 'dashboard', range: '7d' })
    expect(figures).toMatchObject({
      ok: true,
      data: {
        households: 36,
        complaints: 1,
        complaintsPer100Households: 2.8,
        acknowledgedInTime: 1,
        resolvedInTime: 1,
        satisfaction: 1,
        reopenRate: 0,
      },
    })
    const csv = await callAny(host, 'admin-1', 'feedback', { action: 'dashboardCsv', range: '7d' })
    expect(csv.ok && csv.data.csv).toContain('每百户投诉,2.8')
  })

  it('unacknowledged for 24 service hours is warned, flagged and escalated once each, with an apology', async () => {
    const { id } = await complain(host)
    const sweep = async () => (await host.fireTimer('slaSweep')).data.feedback

    // 80 % of 24 h: Monday 11 h + Tuesday 8 h 12 min.
    await setClock(host, '2026-03-03 16:11')
    expect(await sweep()).toMatchObject({ fired: 0 })
    await setClock(host, '2026-03-03 16:13')
    expect(await sweep()).toMatchObject({ fired: 1, flagged: 0 })

    await setClock(host, '2026-03-04 08:59')
    expect(await sweep()).toMatchObject({ flagged: 0 })
    await setClock(host, '2026-03-04 09:01')
    expect(await sweep()).toMatchObject({ flagged: 1 })
    expect(await sweep()).toMatchObject({ due: 0, flagged: 0 })

    // The apology names the new expectation: one more window, when the managers step in.
    expect(await inboxBodies(host, 'resident-1', 'feedback_delayed')).toEqual([
      '我们已催办，最迟 03-06 09:00 前由专人跟进',
    ])
    expect(await inboxKinds(host, 'admin-1')).toEqual(['feedback_new', 'feedback_warning', 'feedback_overdue'])

    await setClock(host, '2026-03-06 09:01')
    await sweep()
    await sweep()
    expect((await inboxKinds(host, 'admin-1')).filter((k) => k === 'feedback_escalated')).toHaveLength(1)
    const item = await callAny(host, 'admin-1', 'feedback', { action: 'get', id })
    const ladder = item.data.timeline
      .map((e: { type: string }) => e.type)
      .filter((t: string) => t.startsWith('acknowledge_'))
    expect(ladder).toEqual(['acknowledge_warning', 'acknowledge_overdue', 'acknowledge_escalated'])
    expect(item.data.overdue.acknowledge).toEqual(inMinute('2026-03-04 09:01'))

    const late = await callAny(host, 'admin-1', 'feedback', { action: 'late' })
    expect(late.ok && late.data.items.map((f: { id: string }) => f.id)).toEqual([id])
  })

  it('reopens within 7 days with a fresh resolution clock; the owner stays across a transfer', async () => {
    const { id } = await complain(host)
    await callAny(host, 'staff-1', 'feedback', { action: 'acknowledge', id, note: '收到' })
    const moved = await callAny(host, 'staff-1', 'feedback', {
      action: 'transfer',
      id,
      toOpenid: 'staff-2',
      reason: '换人',
    })
    expect(moved).toMatchObject({ ok: true, data: { assigneeOpenid: 'staff-2', ownerOpenid: 'staff-1' } })
    await callAny(host, 'staff-2', 'feedback', { action: 'resolve', id, resolution: '已处理' })
    await callAny(host, 'resident-1', 'feedback', { action: 'confirm', id, satisfied: false, rating: 2 })

    await setClock(host, '2026-03-08 09:00')
    const reopened = await callAny(host, 'resident-1', 'feedback', { action: 'reopen', id, reason: '又开始吵了' })
    expect(reopened).toMatchObject({
      ok: true,
      data: { status: 'reopened', reopenCount: 1, assigneeOpenid: 'staff-2', ownerOpenid: 'staff-1' },
    })
    expect(reopened.data.deadlines.resolve).toEqual(inMinute('2026-03-12 09:00'))
    await callAny(host, 'resident-1', 'feedback', { action: 'followUp', id, message: '什么时候处理？' })
    expect(await inboxKinds(host, 'staff-2')).toContain('feedback_followed_up')

    await callAny(host, 'staff-2', 'feedback', { action: 'resolve', id, resolution: '再次沟通' })
    await setClock(host, '2026-03-15 09:01')
    const tooLate = await callAny(host, 'resident-1', 'feedback', { action: 'reopen', id, reason: '还是吵' })
    expect(tooLate).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('credits praise to the staff member named, without any handling', async () => {
    const praise = await complain(host, {
      kind: 'praise',
      topic: '服务态度',
      description: '李师傅修得又快又好',
      staffOpenid: 'staff-1',
    })
    expect(praise).toMatchObject({
      status: 'closed',
      praisedOpenid: 'staff-1',
      praisedName: '李师傅',
      nextCheckAt: null,
    })
    expect(await inboxKinds(host, 'staff-1')).toEqual(['feedback_praise'])
    const figures = await callAny(host, 'admin-1', 'feedback', { action: 'dashboard', range: 'today' })
    expect(figures.data.praiseByStaff).toEqual([{ openid: 'staff-1', name: '李师傅', count: 1 }])
    // The repair service dashboard shows it on 李师傅's KPI row, though he has no order this week.
    const kpis = await callAny(host, 'admin-1', 'admin', { action: 'serviceDashboard', range: '7d' })
    expect(kpis.data.byStaff).toEqual([expect.objectContaining({ openid: 'staff-1', submitted: 0, praise: 1 })])
  })
})

describe('who sees a complaint', () => {
  it('an anonymous complaint shows staff no name, unit or openid; managers see them', async () => {
    const { id } = await complain(host, { anonymous: true })
    await callAny(host, 'staff-1', 'feedback', { action: 'acknowledge', id, note: '收到' })
    await callAny(host, 'resident-1', 'feedback', { action: 'followUp', id, message: '请尽快' })

    for (const read of [
      await callAny(host, 'staff-1', 'feedback', { action: 'get', id }),
      await callAny(host, 'staff-1', 'feedback', { action: 'list', scope: 'assigned' }),
    ]) {
      expect(read.ok).toBe(true)
      const text = JSON.stringify(read.data)
      expect(text).not.toContain('王女士')
      expect(text).not.toContain('1-101')
      expect(text).not.toContain('resident-1')
      expect(text).toContain('匿名业主')
    }
    const staffInbox = JSON.stringify(await callAny(host, 'staff-1', 'inbox', { action: 'list' }))
    expect(staffInbox).not.toContain('1-101')
    const manager = await callAny(host, 'admin-1', 'feedback', { action: 'get', id })
    expect(manager.data).toMatchObject({ residentName: '王女士', unitId: '1-101', anonymous: true })
  })

  it('another household cannot read or touch it; a second worker cannot once the first took it', async () => {
    const { id } = await complain(host)
    expect(await callAny(host, 'resident-2', 'feedback', { action: 'get', id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await callAny(host, 'resident-2', 'feedback', { action: 'followUp', id, message: '看看' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const theirs = await callAny(host, 'resident-2', 'feedback', { action: 'list', scope: 'mine' })
    expect(theirs).toEqual({ ok: true, data: { items: [] } })

    await callAny(host, 'staff-1', 'feedback', { action: 'acknowledge', id, note: '收到' })
    expect(await callAny(host, 'staff-2', 'feedback', { action: 'get', id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const after = await callAny(host, 'admin-1', 'feedback', { action: 'get', id })
    expect(after.data.thread).toHaveLength(1)
  })
})

describe('bad input', () => {
  it('gets stable codes and writes nothing', async () => {
    const refused: [string, Record<string, unknown>, string][] = [
      ['resident-1', { action: 'create', kind: 'rant', topic: '收费', description: 'x' }, 'VALIDATION_FAILED'],
      ['resident-1', { action: 'create', kind: 'complaint', topic: '天气', description: 'x' }, 'VALIDATION_FAILED'],
      ['resident-1', { action: 'create', kind: 'complaint', topic: '收费', description: '  ' }, 'VALIDATION_FAILED'],
      ['resident-1', { action: 'create', kind: 'praise', topic: '服务态度', description: '好' }, 'VALIDATION_FAILED'],
      [
        'resident-1',
        { action: 'create', kind: 'praise', topic: '服务态度', description: '好', staffOpenid: 'resident-2' },
        'VALIDATION_FAILED',
      ],
      [
        'resident-1',
        { action: 'create', kind: 'complaint', topic: '收费', description: '乱收费', relatedOrderId: 'no-such-order' },
        'VALIDATION_FAILED',
      ],
      [
        'resident-1',
        { action: 'create', kind: 'complaint', topic: '收费', description: 'x', requestId: 'short' },
        'VALIDATION_FAILED',
      ],
      ['staff-1', { action: 'create', kind: 'complaint', topic: '收费', description: '乱收费' }, 'FORBIDDEN'],
      ['guard-1', { action: 'list', scope: 'all' }, 'FORBIDDEN'],
      ['resident-1', { action: 'list', scope: 'all' }, 'FORBIDDEN'],
    ]
    for (const [who, event, code] of refused) {
      expect([who, event, await callAny(host, who, 'feedback', event)]).toMatchObject([
        who,
        event,
        { ok: false, error: { code } },
      ])
    }
    expect(await countDocs(host, 'feedback')).toBe(0)
    expect(await countDocs(host, 'requestLog')).toBe(0)

    const { id } = await complain(host)
    const before = await callAny(host, 'admin-1', 'feedback', { action: 'get', id })
    const wrongStep: [string, Record<string, unknown>, string][] = [
      ['resident-1', { action: 'confirm', id, satisfied: true, rating: 5 }, 'INVALID_TRANSITION'],
      ['resident-1', { action: 'confirm', id, satisfied: true, rating: 6 }, 'VALIDATION_FAILED'],
      ['staff-1', { action: 'resolve', id, resolution: '好了' }, 'FORBIDDEN'],
      ['staff-1', { action: 'reply', id, message: '' }, 'VALIDATION_FAILED'],
      ['resident-1', { action: 'acknowledge', id, note: '我自己受理' }, 'FORBIDDEN'],
      ['admin-1', { action: 'assign', id, staffOpenid: 'resident-2' }, 'VALIDATION_FAILED'],
    ]
    for (const [who, event, code] of wrongStep) {
      expect([who, event, await callAny(host, who, 'feedback', event)]).toMatchObject([
        who,
        event,
        { ok: false, error: { code } },
      ])
    }
    expect(await callAny(host, 'admin-1', 'feedback', { action: 'get', id })).toEqual(before)
  })

  it('a retried create with the same requestId returns the first result; another payload is CONFLICT', async () => {
    const requestId = 'tap-2026-03-02-0001'
    const first = await complain(host, { requestId })
    const again = await complain(host, { requestId })
    expect(again.id).toBe(first.id)
    const other = await callAny(host, 'resident-1', 'feedback', {
      action: 'create',
      kind: 'complaint',
      topic: '收费',
      description: '别的事',
      requestId,
    })
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await countDocs(host, 'feedback')).toBe(1)
    // Another person's identical id is their own request.
    await complain(host, { requestId }, 'resident-2')
    expect(await countDocs(host, 'feedback')).toBe(2)
  })
})
