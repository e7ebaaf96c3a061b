import type { FakeTransport } from '../support/fake-transport'
import type { TestHost } from '../support/test-host'
import { startBilledHost } from './support/billing-fixtures'
import { complain } from './support/feedback-fixtures'
import { book } from './support/visitor-passes'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))
jest.mock('../../src/services/transport', () => jest.requireActual('../support/fake-transport').fakeTransport(), {
  virtual: true,
})

import { profileReply } from '@core/estate/estate.replies'
import { callFunction } from '../../src/services/call'
import { billingService } from '../../src/services/billing.service'
import { feedbackService } from '../../src/services/feedback.service'
import { inboxService } from '../../src/services/inbox.service'
import { onboardingService } from '../../src/services/estate.service'
import { repairService } from '../../src/services/repair.service'
import { visitorService } from '../../src/services/visitor.service'

// The client's services over the local host's real handlers: a reply schema stricter than what
// the functions answer fails here, before a screen shows an error for a good reply.

const fake: FakeTransport = jest.requireMock('../../src/services/transport')
let host: TestHost

beforeAll(async () => {
  ;({ host } = await startBilledHost())
})
afterAll(() => host.stop())

/** Calls through the services as `openid`, and answers what the function answered. */
function as(openid: string) {
  const answers: unknown[] = []
  fake.answerWith(async (name, event) => {
    const reply = await host.call(openid, name, event as Record<string, unknown>)
    answers.push(reply.ok ? reply.data : reply)
    return reply
  })
  return answers
}

/** A successful service reply whose data is exactly what the function sent. */
async function expectParsed<T>(call: Promise<{ ok: boolean; data?: T }>, answers: unknown[]) {
  const reply = await call
  expect(reply).toEqual({ ok: true, data: answers.at(-1) })
  return (reply as { data: T }).data
}

test('a resident: profile, estate, repairs, inbox, bills, visitors and feedback parse as sent', async () => {
  await book(host)
  await complain(host)
  const answers = as('resident-1')
  // What session.profile() calls (the session module also opens WeChat's consent sheet).
  await expectParsed(callFunction('me', { action: 'profile' }, profileReply), answers)
  await expectParsed(onboardingService.publicInfo(), answers)
  await expectParsed(onboardingService.memberships(), answers)
  const order = await expectParsed(
    repairService.create({ category: 'plumbing', priority: 'normal', description: '厨房水槽下水管漏水' }),
    answers,
  )
  await expectParsed(repairService.get(order.id), answers)
  await expectParsed(repairService.list({ scope: 'mine' }), answers)
  await expectParsed(repairService.contact(order.id), answers)
  await expectParsed(inboxService.list(), answers)
  await expectParsed(inboxService.unreadCount(), answers)
  await expectParsed(inboxService.announcements(), answers)
  const bills = await expectParsed(billingService.list(), answers)
  expect(bills.items.length).toBeGreaterThan(0)
  const passes = await expectParsed(visitorService.list(), answers)
  expect(passes.items.length).toBeGreaterThan(0)
  const mine = await expectParsed(feedbackService.list({ scope: 'mine' }), answers)
  expect(mine.items.length).toBeGreaterThan(0)
})

test('staff and managers: the pool, a job through its steps, the late board and handovers parse as sent', async () => {
  as('resident-1')
  const created = await repairService.create({
    category: 'electrical',
    priority: 'urgent',
    description: '客厅插座冒火花',
  })
  if (!created.ok) throw new Error(created.error.message)
  const id = created.data.id

  let answers = as('staff-1')
  await expectParsed(repairService.list({ scope: 'pool' }), answers)
  await expectParsed(repairService.accept(id), answers)
  await expectParsed(repairService.transferTargets(id), answers)
  await expectParsed(repairService.start(id), answers)

  answers = as('admin-1')
  await expectParsed(repairService.late(), answers)
  await expectParsed(repairService.list({ scope: 'all' }), answers)
  await expectParsed(feedbackService.list({ scope: 'all' }), answers)
  await expectParsed(billingService.items(), answers)
})
