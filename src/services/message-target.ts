import type { Role } from '@core/identity/actor'
import type { InboxMessage } from '@core/notify/inbox-message'
import { BILLING_ROUTES } from './billing.routes'
import { ROUTES, withId } from './routes'
import { VOICE_ROUTES } from './voice.routes'

export interface Target {
  url: string
  /** A tab-bar page, reached with switchTab. */
  tab: boolean
}

/** Each role's own page for a work order; a guard has none. */
const ORDER_PAGE: Partial<Record<Role, string>> = {
  resident: ROUTES.repairDetail,
  maintenance: ROUTES.staffJob,
  manager: ROUTES.adminOrder,
}

/** Where tapping a message takes this user, or null when it refers to nothing they can open. */
export function messageTarget(ref: InboxMessage['ref'], role: Role): Target | null {
  switch (ref.type) {
    case 'repair': {
      const page = ORDER_PAGE[role]
      return page ? { url: withId(page, ref.id), tab: false } : null
    }
    case 'feedback':
      return role === 'guard' ? null : { url: withId(VOICE_ROUTES.detail, ref.id), tab: false }
    case 'survey':
      return role === 'resident' ? { url: withId(VOICE_ROUTES.survey, ref.id), tab: false } : null
    case 'visitor':
      return { url: withId(ROUTES.visitorPass, ref.id), tab: false }
    case 'bills':
      return { url: BILLING_ROUTES.bills, tab: false }
    // The sweep's digest to managers («N 个工单超时已升级») opens their late board.
    case 'late_board':
      return role === 'manager' ? { url: ROUTES.adminLate, tab: false } : null
    // Notices are read on the home page, emergencies pinned at the top.
    case 'announcement':
      return { url: ROUTES.home, tab: true }
    default:
      return null
  }
}
