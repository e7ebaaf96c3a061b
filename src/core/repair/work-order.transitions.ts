import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import type { SlaRules } from './sla'
import type { Status, TimelineEvent, TimelineType, WorkOrder } from './work-order'
import { advanceLadder, finalize, openHold } from './work-order.ladder'

export type RepairAction =
  'accept' | 'assign' | 'transfer' | 'start' | 'hold' | 'resume' | 'complete' | 'confirm' | 'reopen' | 'cancel'

/** Resuming returns to the status the hold was entered from. */
const PREVIOUS = 'previous'

/** The one transition table: action -> (from status -> to status). Absent means not allowed. */
export const TRANSITIONS: Record<RepairAction, Partial<Record<Status, Status | typeof PREVIOUS>>> = {
  accept: { submitted: 'accepted' },
  assign: { submitted: 'submitted', accepted: 'accepted', in_progress: 'in_progress', on_hold: 'on_hold' },
  transfer: { accepted: 'accepted', in_progress: 'in_progress', on_hold: 'on_hold' },
  start: { accepted: 'in_progress' },
  hold: { accepted: 'on_hold', in_progress: 'on_hold' },
  resume: { on_hold: PREVIOUS },
  complete: { in_progress: 'completed' },
  confirm: { completed: 'closed' },
  reopen: { completed: 'in_progress' },
  cancel: { submitted: 'cancelled', accepted: 'cancelled', in_progress: 'cancelled', on_hold: 'cancelled' },
}

/** The fields a transition may change besides status and timeline (which it owns). */
export type Change = Partial<Omit<WorkOrder, 'id' | 'status' | 'timeline' | 'version'>>

/**
 * The one way an order changes status: checks the table, fires ladder steps already due (so a late
 * acceptance counts as late), appends the timeline event and recomputes deadlines.
 */
export function transition(
  order: WorkOrder,
  action: RepairAction,
  by: string,
  now: IsoTime,
  rules: SlaRules,
  event: { type: TimelineType; note?: string },
  change: (current: WorkOrder) => Change,
): Result<WorkOrder> {
  const to = TRANSITIONS[action][order.status]
  if (!to) return fail(appError(ErrorCode.INVALID_TRANSITION, `cannot ${action} an order that is ${order.status}`))
  const current = advanceLadder(order, now, rules).order
  const entry: TimelineEvent = { type: event.type, at: now, by }
  if (event.note) entry.note = event.note
  const status = to === PREVIOUS ? openHold(order)!.resumeTo : to
  const next: WorkOrder = { ...current, ...change(current), status, timeline: [...current.timeline, entry] }
  return ok(finalize(next, now, rules))
}
