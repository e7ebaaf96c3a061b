import { resultIdOf, summarizeInput, type AuditEntry } from '@core/estate/audit'
import type { Actor } from '@core/identity/actor'
import type { Context } from '../action'

export interface AuditRecord {
  by: Pick<Actor, 'openid' | 'name'>
  /** `<function>.<action>`. */
  action: string
  input: unknown
  /** The action's answer; its `id`, if any, is kept. */
  result: unknown
}

/**
 * Appends one entry. Called after the change succeeded, so a failure here is logged rather than
 * reported: the caller's change stands and must not read as failed.
 */
export async function recordAudit(ctx: Context, record: AuditRecord): Promise<void> {
  const entry: AuditEntry = {
    id: ctx.runtime.newId(),
    version: 0,
    at: ctx.now,
    by: record.by.openid,
    byName: record.by.name,
    action: record.action,
    input: summarizeInput(record.input),
    resultId: resultIdOf(record.result),
  }
  let failure = 'id taken'
  try {
    if (await ctx.store.collection('auditLog').insert(entry)) return
  } catch (error) {
    failure = String(error)
  }
  ctx.runtime.log.error('audit entry not recorded', { action: record.action, by: record.by.openid, error: failure })
}
