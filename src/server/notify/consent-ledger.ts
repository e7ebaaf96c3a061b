import type { TemplateKey } from '@core/notify/templates'
import type { Store } from '../store/store.port'

const MAX_ATTEMPTS = 5
const idOf = (openid: string, template: TemplateKey) => `${openid}:${template}`

export function consentLedger(store: Store) {
  const consents = store.collection('consents')

  /** Applies `change` to the balance with compare-and-set; returns the new balance, or null if `change` declines. */
  async function adjust(
    openid: string,
    template: TemplateKey,
    now: string,
    change: (remaining: number) => number | null,
  ): Promise<number | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await consents.get(idOf(openid, template))
      const remaining = change(current?.remaining ?? 0)
      if (remaining === null) return null
      const next = {
        id: idOf(openid, template),
        version: current?.version ?? 0,
        openid,
        template,
        remaining,
        updatedAt: now,
      }
      if (await (current ? consents.replace(next) : consents.insert(next))) return remaining
    }
    throw new Error(`consent ledger for ${openid}/${template} kept changing`)
  }

  return {
    balance: async (openid: string, template: TemplateKey) =>
      (await consents.get(idOf(openid, template)))?.remaining ?? 0,
    /** One more message allowed (the user tapped 允许 on this template). */
    grant: (openid: string, template: TemplateKey, now: string) => adjust(openid, template, now, (n) => n + 1),
    /** Takes one allowance for a send; false when there is none. */
    spend: async (openid: string, template: TemplateKey, now: string) =>
      (await adjust(openid, template, now, (n) => (n > 0 ? n - 1 : null))) !== null,
    /** Gives back an allowance a failed send did not use. */
    refund: (openid: string, template: TemplateKey, now: string) => adjust(openid, template, now, (n) => n + 1),
    /** WeChat says the user has none left (43101): believe it. */
    clear: (openid: string, template: TemplateKey, now: string) => adjust(openid, template, now, () => 0),
  }
}
