import type { FakeTransport } from '../../support/fake-transport'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))
jest.mock('../../../src/services/transport', () => jest.requireActual('../../support/fake-transport').fakeTransport(), {
  virtual: true,
})

import { billingService } from '../../../src/services/billing.service'
import { inboxService } from '../../../src/services/inbox.service'
import { repairService } from '../../../src/services/repair.service'
import { visitorService } from '../../../src/services/visitor.service'

const mockFake: FakeTransport = jest.requireMock('../../../src/services/transport')

const ORDER = {
  id: 'o1',
  version: 3,
  status: 'accepted',
  category: 'plumbing',
  priority: 'normal',
  description: '厨房水槽漏水',
  photos: [],
  unitId: '1-101',
  residentOpenid: 'resident-1',
  residentName: '张三',
  createdAt: '2026-11-27T02:00:00.000Z',
  inPool: false,
  assigneeOpenid: 'staff-1',
  assigneeName: '李师傅',
  nextCheckAt: null,
  deadlines: {
    response: '2026-11-27T02:30:00.000Z',
    arrival: '2026-11-27T04:00:00.000Z',
    resolution: '2026-11-28T02:00:00.000Z',
  },
  timeline: [{ type: 'created', at: '2026-11-27T02:00:00.000Z', by: 'resident-1' }],
  // Fields the schema does not check (and one no version of the type has yet) pass through.
  holds: [],
  rating: null,
  futureField: { kept: true },
}

const internal = (message: string) => ({ ok: false, error: { code: 'INTERNAL', message } })

describe('a reply of the wrong shape is an error the screen shows, not a crash later', () => {
  test('a work order with a status no version of the app knows', async () => {
    mockFake.replyWith({ ...ORDER, status: 'teleported' })
    expect(await repairService.get('o1')).toEqual(internal('malformed reply: repair.get status'))
  })

  test('a page of orders without its items', async () => {
    mockFake.replyWith({ nextCursor: null })
    expect(await repairService.list({ scope: 'mine' })).toEqual(internal('malformed reply: repair.list items'))
  })

  test('a bad order deep in a list names its place', async () => {
    mockFake.replyWith({ items: [ORDER, { ...ORDER, timeline: [{ type: 'created' }] }] })
    expect(await repairService.late()).toEqual(internal('malformed reply: repair.late items.1.timeline.0.at'))
  })

  test('an inbox count that is missing', async () => {
    mockFake.replyWith({})
    expect(await inboxService.unreadCount()).toEqual(internal('malformed reply: inbox.unreadCount count'))
  })

  test('a bill list whose amounts are text', async () => {
    mockFake.replyWith({ items: [], totals: {}, openOrders: [] })
    expect(await billingService.list()).toEqual(internal('malformed reply: billing.list totals.unpaid'))
  })

  test('a create answered with nothing at all', async () => {
    mockFake.replyWith(null)
    const reply = await visitorService.create({
      visitorName: '王五',
      visitorPhone: '13812340001',
      validFrom: '2026-11-27T02:00:00.000Z',
      validUntil: '2026-11-27T04:00:00.000Z',
      maxEntries: 1,
    })
    expect(reply).toEqual(internal('malformed reply: visitor.create (reply)'))
  })

  test('a failure the function answered stays that failure', async () => {
    mockFake.answerWith(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'order' } }))
    expect(await repairService.get('o1')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'order' } })
  })
})

describe('a good reply passes through unchanged', () => {
  test('a work order, fields the schema does not check included', async () => {
    mockFake.replyWith(ORDER)
    expect(await repairService.get('o1')).toEqual({ ok: true, data: ORDER })
  })

  test('a page of orders', async () => {
    const page = { items: [ORDER, { ...ORDER, id: 'o2' }], nextCursor: 'c2' }
    mockFake.replyWith(page)
    expect(await repairService.list({ scope: 'mine' })).toEqual({ ok: true, data: page })
  })

  test('a small reply with a field added by a newer function', async () => {
    mockFake.replyWith({ count: 2, byKind: { repair: 2 } })
    expect(await inboxService.unreadCount()).toEqual({ ok: true, data: { count: 2, byKind: { repair: 2 } } })
  })
})
