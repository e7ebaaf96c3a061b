import { SYSTEM_OPENID } from '../identity/actor'
import type { IsoTime } from '../shared/time'
import type { SlaRules } from './sla'
import {
  LADDER_STEPS,
  TIMERS,
  type LadderStep,
  type Status,
  type TimelineEvent,
  type Timer,
  type WorkOrder,
} from './work-order'

/** The SLA ladder of a work order: which clocks run, when each step falls due, and firing them once. */

/** The statuses in which each timer's clock runs. On hold, the clocks of the status held from are paused. */
const RUNS_IN: Record<Timer, readonly Status[]> = {
  response: ['submitted'],
  arrival: ['submitted', 'accepted'],
  resolution: ['submitted', 'accepted', 'in_progress'],
}

const STEP_RECORD = { warning: 'warned', overdue: 'overdue', escalated: 'escalated' } as const

export interface FiredStep {
  timer: Timer
  step: LadderStep
}

/** The hold the order is in, if it is on hold. */
export const openHold = (order: WorkOrder) =>
  order.status === 'on_hold' ? order.holds[order.holds.length - 1] : undefined

/** Whether a timer's clock is running now. */
export function isRunning(order: WorkOrder, timer: Timer): boolean {
  return RUNS_IN[timer].includes(order.status)
}

/** Running, or paused by a hold and due to run again on resume. */
function isLive(order: WorkOrder, timer: Timer): boolean {
  const hold = openHold(order)
  return isRunning(order, timer) || (hold !== undefined && RUNS_IN[timer].includes(hold.resumeTo))
}

/** Recomputes what follows from the rest: live deadlines, pool membership, the sweep's next look. */
export function finalize(order: WorkOrder, now: IsoTime, rules: SlaRules): WorkOrder {
  const deadlines = { ...order.deadlines }
  for (const timer of TIMERS) if (isLive(order, timer)) deadlines[timer] = rules.schedule(order, timer, now).deadline
  const next: WorkOrder = {
    ...order,
    deadlines,
    inPool: order.status === 'submitted' && order.assigneeOpenid === null && order.dispatch === 'pool',
  }
  return { ...next, nextCheckAt: nextCheckAt(next, now, rules) }
}

/** The next ladder step due on a running timer, or the end of a timed hold. */
export function nextCheckAt(order: WorkOrder, now: IsoTime, rules: SlaRules): IsoTime | null {
  const points: IsoTime[] = []
  const hold = openHold(order)
  if (hold?.until) points.push(hold.until)
  for (const timer of TIMERS) {
    if (!isRunning(order, timer)) continue
    const schedule = rules.schedule(order, timer, now)
    const pending = LADDER_STEPS.find((step) => order[STEP_RECORD[step]][timer] === null)
    if (pending)
      points.push(
        pending === 'warning' ? schedule.warnAt : pending === 'overdue' ? schedule.deadline : schedule.escalateAt,
      )
  }
  return points.length === 0 ? null : points.sort()[0]!
}

/**
 * Fires each ladder step now due on a running timer, once. When the sweep comes late and several
 * steps of one timer are due together, only the highest is announced: a warning after the breach
 * is noise. The transitions call this before they stop a clock, so a late acceptance counts as late.
 */
export function advanceLadder(
  order: WorkOrder,
  now: IsoTime,
  rules: SlaRules,
): { order: WorkOrder; fired: FiredStep[] } {
  const fired: FiredStep[] = []
  const events: TimelineEvent[] = []
  const records = { warned: { ...order.warned }, overdue: { ...order.overdue }, escalated: { ...order.escalated } }
  for (const timer of TIMERS) {
    if (!isRunning(order, timer)) continue
    const schedule = rules.schedule(order, timer, now)
    const dueAt: Record<LadderStep, IsoTime> = {
      warning: schedule.warnAt,
      overdue: schedule.deadline,
      escalated: schedule.escalateAt,
    }
    const due = LADDER_STEPS.filter((step) => records[STEP_RECORD[step]][timer] === null && dueAt[step] <= now)
    due.forEach((step) => (records[STEP_RECORD[step]][timer] = now))
    const announced = due[due.length - 1]
    if (announced) {
      fired.push({ timer, step: announced })
      events.push({ type: `${timer}_${announced}`, at: now, by: SYSTEM_OPENID })
    }
  }
  if (fired.length === 0) return { order, fired }
  return { order: { ...order, ...records, timeline: [...order.timeline, ...events] }, fired }
}

/** Stops a timer: records whether its promise was kept and the time it took. */
export function stopTimer(
  order: WorkOrder,
  timer: Timer,
  now: IsoTime,
  rules: SlaRules,
): Pick<WorkOrder, 'outcomes' | 'durations'> {
  const { business, wall } = rules.measure(order, timer, now)
  return {
    outcomes: { ...order.outcomes, [timer]: rules.outcome(order, timer, now) },
    durations: {
      ...order.durations,
      [`${timer}Minutes`]: business,
      wallMinutes: { ...order.durations.wallMinutes, [timer]: wall },
    },
  }
}
