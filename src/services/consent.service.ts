import { CONSENT_MOMENTS, type ConsentMoment, type TemplateKey } from '@core/notify/templates'
import { askConsent } from './consent-sheet'
import { inboxService } from './inbox.service'

/** Template ids by purpose, read once per signed-in session (they are the environment's config). */
let templateIds: Partial<Record<TemplateKey, string>> | null = null
let loading: Promise<void> | null = null

/**
 * Subscribe-message consent at the taps WeChat allows it (submitting a repair, grabbing a job,
 * booking a visitor). Each accept the server records lets it send one push later.
 */
export const consent = {
  /**
   * Fetches the template ids ahead of the tap: WeChat opens its sheet only inside a tap, so there
   * is no time for a network round trip once the user has tapped.
   */
  prepare(): Promise<void> {
    if (templateIds) return Promise.resolve()
    loading ??= inboxService.subscriptions().then((reply) => {
      if (reply.ok) templateIds = Object.fromEntries(reply.data.items.map((s) => [s.template, s.templateId]))
      loading = null
    })
    return loading
  },

  /**
   * Call first thing in the tap handler, before any `await`. Resolves once the user has answered
   * (never rejects); recording the answer runs on without holding up the action.
   */
  async ask(moment: ConsentMoment): Promise<void> {
    const ids = templateIds ? CONSENT_MOMENTS[moment].flatMap((key) => templateIds?.[key] ?? []) : []
    if (ids.length === 0) {
      // Not loaded yet (or nothing configured): no sheet this time, ready for the next tap.
      void consent.prepare()
      return
    }
    const answers = await askConsent(ids)
    if (Object.keys(answers).length > 0) void inboxService.consent(answers)
  },

  /** Drops the ids when the user changes (sign-in, sign-out). */
  forget() {
    templateIds = null
  },
}
