import type { Profile } from '@core/estate/profile'
import type { Actor } from '@core/identity/actor'
import type { Announcement } from '@core/notify/announcement'
import type { InboxMessage } from '@core/notify/inbox-message'
import { DEFAULT_SLA_POLICY, SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { accept, start } from '@core/repair/work-order.machine'
import { householdView } from '@core/visitor/pass-views'
import type { HouseholdPass } from '@core/visitor/visitor-pass'
import { createPass } from '@core/visitor/visitor-pass.machine'

export const RESIDENT: Actor = { openid: 'resident-1', role: 'resident', unitId: '1-101', name: '王女士' }
/** What `me.profile` answers for RESIDENT: the client parses the whole reply (core/estate/estate.replies.ts). */
export const RESIDENT_PROFILE: Profile = {
  ...RESIDENT,
  estateId: 'estate-1',
  companyAdmin: false,
  bound: true,
  phone: '13800000000',
  relation: 'owner',
  verified: true,
  skills: [],
  application: null,
}
const STAFF: Actor = { openid: 'staff-1', role: 'maintenance', unitId: null, name: '李师傅' }

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** A photo as the WeChat upload stores it: not readable by clients (storage rules deny reads). */
export const SMOKE_PHOTO = 'cloud://linli-env.6c69-linli-env/repair/resident-1/smoke.jpg'

/** A real order built by the core machine (so the fixture cannot drift from the type): in progress. */
export function orderInProgress(now = new Date().toISOString()): WorkOrder {
  const rules = new SlaRules(DEFAULT_SLA_POLICY)
  const created = unwrap(
    createWorkOrder(
      {
        id: 'wo-smoke-1',
        category: 'plumbing',
        priority: 'urgent',
        description: '厨房水管漏水',
        photos: [SMOKE_PHOTO],
      },
      RESIDENT,
      now,
      rules,
      { mode: 'pool', gridId: null, gridOwner: null },
    ),
  )
  return unwrap(start(unwrap(accept(created, STAFF, now, rules)), STAFF, now, rules))
}

/** A visitor pass booked by the fixture resident, valid for the next four hours. */
export function visitorPass(now = new Date().toISOString()): HouseholdPass {
  const validUntil = new Date(Date.parse(now) + 4 * 3600_000).toISOString()
  const pass = unwrap(
    createPass(
      {
        id: 'vp-smoke-1',
        token: 'aB3_-xYz0123456789abcQ',
        shortCode: 'ABCD2345',
        visitorName: '张三',
        visitorPhone: '13812340001',
        validFrom: now,
        validUntil,
        maxEntries: 1,
      },
      RESIDENT,
      now,
    ),
  )
  return householdView(pass, now)
}

/** The unread notice a resident gets when a worker accepts their order. */
export function progressMessage(order: WorkOrder, now = new Date().toISOString()): InboxMessage {
  return {
    id: 'msg-smoke-1',
    version: 0,
    toOpenid: order.residentOpenid,
    kind: 'repair_accepted',
    title: '师傅已接单',
    body: '李师傅已接单，预计 30 分钟内上门',
    ref: { type: 'repair', id: order.id },
    createdAt: now,
    readAt: null,
  }
}

/** An estate-wide emergency notice (公告). */
export function emergencyNotice(now = new Date().toISOString()): Announcement {
  return {
    id: 'ann-smoke-1',
    version: 0,
    title: '明日停水',
    body: '明日 9:00-12:00 全小区停水，请提前储水。',
    buildings: null,
    emergency: true,
    createdAt: now,
    byOpenid: 'admin-1',
    withdrawnAt: null,
  }
}
