import { COMPANY_ADMIN_OPENID } from '@server/local/seed'
import { call, chooseTransport } from '../../console/api'
import {
  arrearsReply,
  collectionReportReply,
  feeItemListReply,
  orderViewListReply,
  reminderReply,
} from '@core/billing/billing.replies'
import { estateComparisonReply } from '@core/estate/company.replies'
import * as admin from '@core/estate/console.replies'
import { estateListingReply } from '@core/estate/estate.replies'
import { rehearsalReply } from '@core/estate/rehearsal.replies'
import { feedbackListReply, feedbackReply } from '@core/feedback/feedback.replies'
import { announcementListReply, announcementReply } from '@core/notify/inbox.replies'
import { staffRefListReply, workOrderListReply, workOrderReply } from '@core/repair/repair.replies'
import { entryListReply } from '@core/visitor/visitor.replies'
import type { TestHost } from '../support/test-host'
import { PERIOD, startBilledHost } from './support/billing-fixtures'
import { complain } from './support/feedback-fixtures'
import { book, T0 } from './support/visitor-passes'

// The desktop console's api over the local host's real handlers, with the screens' own schemas: a
// reply schema stricter than what the functions answer fails here, not as an error on a good reply.

let host: TestHost
let caller = 'admin-1'
const answers: unknown[] = []

beforeAll(async () => {
  ;({ host } = await startBilledHost())
  chooseTransport({
    async call(fn, event) {
      const reply = await host.call(caller, fn, event)
      answers.push(reply.ok ? reply.data : reply)
      return reply
    },
    openSignIn: () => Promise.reject(new Error('not asked')),
    pollSignIn: () => Promise.reject(new Error('not asked')),
    adopt: () => Promise.reject(new Error('not asked')),
    signOut: () => Promise.reject(new Error('not asked')),
  })
})
afterAll(() => host.stop())

/** A successful console reply whose data is exactly what the function sent. */
async function expectParsed<T>(reply: Promise<{ ok: boolean; data?: T }>) {
  const answered = await reply
  expect(answered).toEqual({ ok: true, data: answers.at(-1) })
  return (answered as { data: T }).data
}

test('a manager: dashboard, estate, people, settings, grids, orders and the live stamp parse as sent', async () => {
  caller = 'resident-1'
  const order = await expectParsed(
    call('repair', 'create', workOrderReply, { category: 'plumbing', priority: 'normal', description: '厨房漏水' }),
  )
  caller = 'admin-1'
  await expectParsed(call('admin', 'serviceDashboard', admin.serviceDashboardReply, { range: '7d' }))
  const buildings = await expectParsed(call('admin', 'listBuildings', admin.buildingListReply))
  const units = await expectParsed(
    call('admin', 'listUnits', admin.unitListReply, { building: buildings.items[0]!.code }),
  )
  expect(units.items.length).toBeGreaterThan(0)
  await expectParsed(call('admin', 'getEstateProfile', admin.estateProfileReply))
  const residents = await expectParsed(call('admin', 'listResidents', admin.residentPageReply, { limit: 50 }))
  expect(residents.items.length).toBeGreaterThan(0)
  await expectParsed(call('admin', 'listStaffMembers', admin.staffMemberListReply))
  const workers = await expectParsed(call('admin', 'listStaff', staffRefListReply, { role: 'maintenance' }))
  await expectParsed(call('admin', 'listApplications', admin.applicationPageReply, { status: 'pending', limit: 50 }))
  await expectParsed(call('admin', 'listInvites', admin.invitePageReply, { limit: 50 }))

  const settings = await expectParsed(call('admin', 'getSettings', admin.settingsReply))
  await expectParsed(call('admin', 'setDispatch', admin.settingsReply, { category: 'plumbing', mode: 'pool' }))
  await expectParsed(call('admin', 'updateSlaPolicy', admin.settingsReply, { policy: settings.sla }))
  const grid = await expectParsed(
    call('admin', 'saveGrid', admin.gridReply, {
      name: '一号楼',
      buildings: ['1'],
      publicAreas: false,
      ownerOpenid: workers.items[0]!.openid,
    }),
  )
  expect((await expectParsed(call('admin', 'listGrids', admin.gridListReply))).items).toHaveLength(1)
  await expectParsed(call('admin', 'deleteGrid', admin.deletedGridReply, { id: grid.id }))

  const found = await expectParsed(
    call('admin', 'findOrders', admin.orderSearchReply, { sort: 'deadline', direction: 'asc', page: 1, pageSize: 20 }),
  )
  expect(found.items.map((o) => o.id)).toContain(order.id)
  await expectParsed(call('repair', 'assign', workOrderReply, { id: order.id, staffOpenid: workers.items[0]!.openid }))
  await expectParsed(call('repair', 'late', workOrderListReply))
  await expectParsed(call('admin', 'orderChanges', admin.orderChangesReply, { since: '' }))
  await expectParsed(call('admin', 'listAudit', admin.auditPageReply, { limit: 50 }))
})

test('a manager: feedback, notices, billing, the rehearsal and the visitor log parse as sent', async () => {
  const complaint = await complain(host)
  const queue = await expectParsed(call('feedback', 'list', feedbackListReply, { scope: 'all', limit: 50 }))
  expect(queue.items.length).toBeGreaterThan(0)
  await expectParsed(call('feedback', 'assign', feedbackReply, { id: complaint.id, staffOpenid: 'staff-1' }))
  const notice = await expectParsed(
    call('inbox', 'announce', announcementReply, { title: '停水通知', body: '周三上午停水', emergency: false }),
  )
  await expectParsed(call('inbox', 'announcements', announcementListReply))
  await expectParsed(call('inbox', 'withdraw', announcementReply, { id: notice.id }))

  await expectParsed(call('billing', 'collection', collectionReportReply, { period: PERIOD }))
  await expectParsed(call('billing', 'arrears', arrearsReply))
  await expectParsed(call('billing', 'items', feeItemListReply))
  await expectParsed(call('billing', 'orders', orderViewListReply))
  await expectParsed(call('billing', 'remind', reminderReply))

  const rehearsal = await expectParsed(
    call('rehearsal', 'rehearse', rehearsalReply, {
      workers: 2,
      shifts: [{ from: '08:00', to: '17:00' }],
      promises: { response: 30, resolution: 600 },
    }),
  )
  expect(rehearsal.proposed.workers).toBe(2)

  await host.post('/api/dev/clock', { set: T0 })
  const pass = await book(host)
  expect(await host.call('guard-1', 'visitor', { action: 'admit', code: pass.shortCode })).toMatchObject({ ok: true })
  const log = await expectParsed(call('visitor', 'entries', entryListReply, { limit: 100 }))
  expect(log.items).toHaveLength(1)
  await expectParsed(call('admin', 'consoleSignOut', admin.signedOutReply))
})

test('head office: the estates compared and a new estate parse as sent', async () => {
  caller = COMPANY_ADMIN_OPENID
  const compared = await expectParsed(call('admin', 'compareEstates', estateComparisonReply, { range: '30d' }))
  expect(compared.items.length).toBeGreaterThan(1)
  await expectParsed(
    call('admin', 'createEstate', estateListingReply, { id: 'estate-c', name: '滨江苑', city: '杭州' }),
  )
})
