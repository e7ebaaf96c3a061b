import { fieldTypeOf, shapeField } from '@core/notify/subscribe-fields'
import { templatesConfigSchema, type NoticeValue, type TemplateKey, type TemplatesConfig } from '@core/notify/templates'
import { postMessages, type NewMessage } from './inbox-post'
import type { Context } from '../action'
import { consentLedger } from './consent-ledger'
import { ERR_BAD_ARGUMENT, ERR_NO_CONSENT } from '../ports/push.port'

/** Something a person should learn: always an inbox message, and a subscribe message where they consented. */
export interface Notice extends NewMessage {
  push?: {
    template: TemplateKey
    values: Partial<Record<NoticeValue, string | number>>
    /** The page the message opens, when not the template's page for `ref.id` (e.g. a board, not one order). */
    page?: string
  }
}

export type PushOutcome = 'sent' | 'no_consent' | 'not_configured' | 'failed' | 'inbox_only'

/** Template ids still carrying the deploy guide's placeholder are treated as not set up. */
const PLACEHOLDER = 'SET-IN-DEPLOY'

export function loadTemplates(json: unknown): TemplatesConfig {
  return templatesConfigSchema.parse(json)
}

async function push(ctx: Context, notice: Notice): Promise<PushOutcome> {
  if (!notice.push) return 'inbox_only'
  const { template, values } = notice.push
  const spec = ctx.runtime.templates[template]
  if (!spec || spec.templateId.startsWith(PLACEHOLDER)) return 'not_configured'
  const ledger = consentLedger(ctx.store)
  const now = ctx.now
  // Without an allowance WeChat would refuse anyway; the inbox already has the message.
  if (!(await ledger.spend(notice.toOpenid, template, now))) return 'no_consent'
  const data: Record<string, { value: string }> = {}
  for (const [key, source] of Object.entries(spec.fields)) {
    data[key] = { value: shapeField(fieldTypeOf(key)!, values[source] ?? '') }
  }
  const result = await ctx.runtime.push.send({
    toOpenid: notice.toOpenid,
    templateId: spec.templateId,
    page: notice.push.page ?? `${spec.page}?id=${notice.ref.id}`,
    data,
  })
  if (result.ok) return 'sent'
  if (result.errcode === ERR_NO_CONSENT) {
    await ledger.clear(notice.toOpenid, template, now)
  } else {
    // The platform did not deliver, so the user's allowance is still there.
    await ledger.refund(notice.toOpenid, template, now)
    const field = result.errcode === ERR_BAD_ARGUMENT ? (/data\.(\w+)\.value/.exec(result.errmsg)?.[1] ?? null) : null
    ctx.runtime.log.error('subscribe message refused', {
      template,
      errcode: result.errcode,
      errmsg: result.errmsg,
      field,
    })
  }
  return 'failed'
}

/**
 * Delivers notices in the invocation that caused them: every one to the inbox (that never depends
 * on WeChat) and, side by side with it, each push that has a consent to spend, so the caller waits
 * for the slower of the two rather than both. Both are finished before it returns, whichever fails.
 */
export async function notify(ctx: Context, notices: readonly Notice[]): Promise<PushOutcome[]> {
  if (notices.length === 0) return []
  const pushEach = async () => {
    const outcomes: PushOutcome[] = []
    // One after another: two notices may spend the same person's allowance for a template.
    for (const notice of notices) outcomes.push(await push(ctx, notice))
    return outcomes
  }
  const [posted, pushed] = await Promise.allSettled([
    postMessages(
      ctx.store,
      notices.map(({ push: _push, ...message }) => message),
      ctx.now,
      ctx.runtime.newId,
    ),
    pushEach(),
  ])
  if (posted.status === 'rejected') throw posted.reason
  if (pushed.status === 'rejected') throw pushed.reason
  return pushed.value
}
