/** One in-app message to one person. Always written, whatever a push did. */
export interface InboxMessage {
  id: string
  version: number
  toOpenid: string
  /** What happened, e.g. `repair_overdue`, `visitor_arrived`; the client picks an icon by it. */
  kind: string
  title: string
  body: string
  /** What tapping the message opens: `type` is repair, visitor, bills or announcement; `id` names it. */
  ref: { type: string; id: string }
  createdAt: string
  readAt: string | null
}
