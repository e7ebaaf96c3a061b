import { consentSchema } from '@core/notify/inbox.schemas'
import { TEMPLATE_KEYS, type SubscriptionView, type TemplateKey } from '@core/notify/templates'
import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { consentLedger } from './consent-ledger'

const RECIPIENTS = ['resident', 'maintenance', 'guard', 'service_desk', 'manager', 'vendor'] as const

export const consentActions = {
  /** Records the templates the user just allowed: each `accept` is one future message. */
  consent: action({
    roles: RECIPIENTS,
    input: consentSchema,
    async run(input, ctx) {
      const byId = new Map(
        Object.entries(ctx.runtime.templates).map(([key, spec]) => [spec.templateId, key as TemplateKey]),
      )
      const ledger = consentLedger(ctx.store)
      const now = ctx.now
      const granted: TemplateKey[] = []
      for (const [templateId, answer] of Object.entries(input.results)) {
        const key = byId.get(templateId)
        // Ids this environment does not use are ignored rather than refused: the client may be older.
        if (answer !== 'accept' || !key) continue
        await ledger.grant(ctx.actor.openid, key, now)
        granted.push(key)
      }
      return ok({ granted })
    },
  }),
  /** The template ids to request at a moment, and how many messages the user has left of each. */
  subscriptions: action({
    roles: RECIPIENTS,
    input: z.object({}),
    async run(_input, ctx) {
      const ledger = consentLedger(ctx.store)
      const items: SubscriptionView[] = await Promise.all(
        TEMPLATE_KEYS.filter((key) => ctx.runtime.templates[key]).map(async (key) => ({
          template: key,
          templateId: ctx.runtime.templates[key]!.templateId,
          remaining: await ledger.balance(ctx.actor.openid, key),
        })),
      )
      return ok({ items })
    },
  }),
}
