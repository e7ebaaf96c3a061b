import type { announceSchema } from '@core/notify/announcement'
import type { ConsentInput } from '@core/notify/inbox.schemas'
import {
  announcementListReply,
  announcementReply,
  countReply,
  grantedReply,
  inboxListReply,
  markedReply,
  subscriptionListReply,
} from '@core/notify/inbox.replies'
import type { z } from '@core/shared/zod'
import { actionsOf, callCreate } from './call'

const inbox = actionsOf('inbox')

/** The `inbox` cloud function: messages, the estate's notices, and subscribe-message consent. */
export const inboxService = {
  /** The caller's messages, newest first. */
  list: () => inbox('list', inboxListReply),
  unreadCount: () => inbox('unreadCount', countReply),
  markRead: (ids: string[]) => inbox('markRead', markedReply, { ids }),

  /** Notices for the caller: emergencies first, then newest. */
  announcements: () => inbox('announcements', announcementListReply),
  /** Managers. */
  announce: (input: z.input<typeof announceSchema>) =>
    callCreate('inbox', { action: 'announce', ...input }, announcementReply),
  withdraw: (id: string) => inbox('withdraw', announcementReply, { id }),

  /** The template ids this environment sends, and how many messages the caller has left of each. */
  subscriptions: () => inbox('subscriptions', subscriptionListReply),
  /** Records what the consent sheet answered; each accept is one future message. */
  consent: (results: ConsentInput['results']) => inbox('consent', grantedReply, { results }),
}
