import type { IsoTime } from '@core/shared/time'
import type { Store } from '../store/store.port'

/** The recipient's side of the inbox: other modules post (notify/inbox-post.ts); only the recipient reads and marks. */
export function inboxOf(store: Store, openid: string) {
  const collection = store.collection('inbox')
  return {
    /** Newest first. */
    list: (limit: number) =>
      collection.find({ where: { toOpenid: openid }, orderBy: { field: 'createdAt', direction: 'desc' }, limit }),
    unreadCount: () => collection.count({ toOpenid: openid, readAt: null }),
    /** Marks the recipient's own unread messages among `ids`; answers how many it marked. */
    async markRead(ids: readonly string[], now: IsoTime): Promise<number> {
      let marked = 0
      for (const id of new Set(ids)) {
        const message = await collection.get(id)
        // Someone else's message is skipped as if absent. A lost compare-and-set can only be the
        // same message being marked read concurrently, so it needs no retry.
        if (message?.toOpenid !== openid || message.readAt !== null) continue
        if (await collection.replace({ ...message, readAt: now })) marked++
      }
      return marked
    },
  }
}
