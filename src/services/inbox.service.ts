import type { Announcement, announceSchema } from '@core/notify/announcement'
import type { InboxMessage } from '@core/notify/inbox-message'
import type { ConsentInput } from '@core/notify/inbox.schemas'
import type { SubscriptionView, TemplateKey } from '@core/notify/templates'
import type { z } from '@core/shared/zod'
import { callFunction, callCreate } from './call'

const inbox = <T>(action: string, fields: object = {}) => callFunction<T>('inbox', { action, ...fields })

/** The `inbox` cloud function: messages, the estate's notices, and subscribe-message consent. */
export const inboxService = {
  /** The caller's messages, newest first. */
  list: () => inbox<{ items: InboxMessage[] }>('list'),
  unreadCount: () => inbox<{ count: number }>('unreadCount'),
  markRead: (ids: string[]) => inbox<{ marked: number }>('markRead', { ids }),

  /** Notices for the caller: emergencies first, then newest. */
  announcements: () => inbox<{ items: Announcement[] }>('announcements'),
  /** Managers. */
  announce: (input: z.input<typeof announceSchema>) =>
    callCreate<Announcement>('inbox', { action: 'announce', ...input }),
  withdraw: (id: string) => inbox<Announcement>('withdraw', { id }),

  /** The template ids this environment sends, and how many messages the caller has left of each. */
  subscriptions: () => inbox<{ items: SubscriptionView[] }>('subscriptions'),
  /** Records what the consent sheet answered; each accept is one future message. */
  consent: (results: ConsentInput['results']) => inbox<{ granted: TemplateKey[] }>('consent', { results }),
}
