import { listInboxSchema, markReadSchema } from '@core/notify/inbox.schemas'
import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { defineFunction } from '../define-function'
import { announcementActions } from '../notify/announcement.actions'
import { consentActions } from '../notify/consent.actions'
import { inboxOf } from './inbox.repository'

/** Everyone the estate knows may receive messages; guests have no inbox. */
const RECIPIENTS = ['resident', 'maintenance', 'guard', 'service_desk', 'manager', 'vendor'] as const

export const inboxFunction = defineFunction('inbox', {
  actions: {
    ...consentActions,
    ...announcementActions,
    /** The caller's messages, newest first. */
    list: action({
      roles: RECIPIENTS,
      input: listInboxSchema,
      run: async (input, ctx) => ok({ items: await inboxOf(ctx.store, ctx.actor.openid).list(input.limit) }),
    }),
    unreadCount: action({
      roles: RECIPIENTS,
      input: z.object({}),
      run: async (_input, ctx) => ok({ count: await inboxOf(ctx.store, ctx.actor.openid).unreadCount() }),
    }),
    markRead: action({
      roles: RECIPIENTS,
      input: markReadSchema,
      run: async (input, ctx) =>
        ok({
          marked: await inboxOf(ctx.store, ctx.actor.openid).markRead(input.ids, ctx.now),
        }),
    }),
  },
})
