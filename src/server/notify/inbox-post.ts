import type { InboxMessage } from '@core/notify/inbox-message'
import type { IsoTime } from '@core/shared/time'
import type { Store } from '../store/store.port'

export type NewMessage = Omit<InboxMessage, 'id' | 'version' | 'createdAt' | 'readAt'>

/** Writes one message per recipient. */
export async function postMessages(
  store: Store,
  messages: readonly NewMessage[],
  createdAt: IsoTime,
  newId: () => string,
): Promise<void> {
  if (messages.length === 0) return
  await store
    .collection('inbox')
    .insertMany(messages.map((m) => ({ ...m, id: newId(), version: 0, createdAt, readAt: null })))
}
