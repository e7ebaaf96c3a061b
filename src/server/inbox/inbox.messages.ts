import type { InboxMessage } from '@core/notify/inbox-message'
import type { Store } from '../store/store.port'

export type { InboxMessage }

export type NewMessage = Omit<InboxMessage, 'id' | 'version' | 'createdAt' | 'readAt'>

export const inboxCollection = (store: Store) => store.collection<InboxMessage>('inbox')

/** Writes one message per recipient. */
export async function postMessages(
  store: Store,
  messages: readonly NewMessage[],
  now: Date,
  newId: () => string,
): Promise<void> {
  if (messages.length === 0) return
  const createdAt = now.toISOString()
  await inboxCollection(store).insertMany(
    messages.map((m) => ({ ...m, id: newId(), version: 0, createdAt, readAt: null })),
  )
}
