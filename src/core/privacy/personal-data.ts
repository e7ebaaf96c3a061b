import type { Bill } from '../billing/bill'
import type { Receipt } from '../billing/receipt'
import type { Feedback } from '../feedback/feedback'
import type { InboxMessage } from '../notify/inbox-message'
import type { WorkOrder } from '../repair/work-order'
import type { VisitorPass } from '../visitor/visitor-pass'

/** Everything the estate holds about one resident: what 我的 › 个人信息 shows and exports. */
export interface PersonalData {
  person: { openid: string; name: string | null; phone: string | null; unitId: string | null; phoneVerified: boolean }
  /** Repairs they reported. */
  orders: WorkOrder[]
  /** Visitor passes they booked. */
  passes: VisitorPass[]
  /** Their household's bills and receipts (kept for accounting even after deletion). */
  bills: Bill[]
  receipts: Receipt[]
  feedback: Feedback[]
  messages: InboxMessage[]
}

/** What an erasure changed, for the caller's confirmation and the audit log. */
export interface ErasureReport {
  orders: number
  passes: number
  feedback: number
  messages: number
  photos: number
}
