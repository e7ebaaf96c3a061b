import type { Store } from '../store/store.port'

/** One in-app message to one person. Always written, whatever a push did. */
export interface InboxMessage {
  id: string
  version: number
  toOpenid: string
  /** What happened, e.g. `repair_overdue`, `visitor_arrived`; the client picks an icon by it. */
  kind: string
  title: string
  body: string
  /** What tapping the message opens. */
  ref: { type: string; id: string }
  createdAt: string
  readAt: string | null
}

export type NewMessage = Omit<InboxMessage, 'id' | 'version' | 'createdAt' | 'readAt'>

export const inboxCollection = (store: Store) => store.collection<InboxMessage>('inbox')

/** Writes one message per recipient. */
export async function postMessages(store: Store, messages: readonly NewMessage[], now: Date, newId: () => string): Promise<void> {
  if (messages.length === 0) return
  const createdAt = now.toISOString()
  await inboxCollection(store).insertMany(messages.map((m) => ({ ...m, id: newId(), version: 0, createdAt, readAt: null })))
}
