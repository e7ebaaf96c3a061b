import type { IsoTime } from '../shared/time'

/** One manager action, as the audit log keeps it. */
export interface AuditEntry {
  id: string
  version: number
  at: IsoTime
  /** The manager's openid, or `cli` for the import script. */
  by: string
  byName: string
  /** `<function>.<action>`, e.g. `admin.unbind`. */
  action: string
  /** The parsed input, shortened by `summarizeInput`. */
  input: unknown
  /** The id of what the action created or changed, when its answer has one. */
  resultId: string | null
}

/** Longer text (a pasted CSV) is kept as its start and size: the log records what was done, not the payload. */
const MAX_TEXT = 120
const MAX_ITEMS = 20
const MAX_DEPTH = 4

/** The input as the log keeps it: long text cut, long lists counted, deep nesting elided. */
export function summarizeInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    if (value.length <= MAX_TEXT) return value
    const lines = value.split('\n').length
    return `${value.slice(0, MAX_TEXT)}… (${value.length} chars${lines > 1 ? `, ${lines} lines` : ''})`
  }
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) return '…'
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((item) => summarizeInput(item, depth + 1))
    return value.length > MAX_ITEMS ? [...shown, `… (${value.length} items)`] : shown
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, summarizeInput(item, depth + 1)]))
}

/** The id in an action's answer: a saved document's `id`, or the `openid` of a person acted on. */
export function resultIdOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return null
  const { id, openid } = result as { id?: unknown; openid?: unknown }
  return typeof id === 'string' ? id : typeof openid === 'string' ? openid : null
}
