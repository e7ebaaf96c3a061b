import { byInstant } from '../shared/instant'
import { SYSTEM_OPENID } from '../identity/actor'
import type { IsoTime } from '../shared/time'
import type { SlaRules } from './sla'
import { fireDueSteps, nextStepAt, type FiredStep } from '../sla/ladder'
import { OPEN_STATUSES, TIMERS, type Status, type TimelineEvent, type Timer, type WorkOrder } from './work-order'

/** The SLA ladder of a work order: which clocks run, when each step falls due, and firing them once. */

/** The statuses in which each timer's clock runs. On hold, the clocks of the status held from are paused. */
const RUNS_IN: Record<Timer, readonly Status[]> = {
  response: ['submitted'],
  arrival: ['submitted', 'accepted'],
  resolution: ['submitted', 'accepted', 'in_progress'],
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
  return { ...next, nextCheckAt: nextCheckAt(next, now, rules), lateSince: lateSince(next) }
}

/** The earliest breach of an order still open: where it sits on the late board. */
export function lateSince(order: WorkOrder): IsoTime | null {
  if (!OPEN_STATUSES.includes(order.status)) return null
  const breaches = TIMERS.map((t) => order.overdue[t]).filter((at): at is IsoTime => at !== null)
  return breaches.length === 0 ? null : breaches.sort(byInstant)[0]!
}

/** The next ladder step due on a running timer, or the end of a timed hold. */
export function nextCheckAt(order: WorkOrder, now: IsoTime, rules: SlaRules): IsoTime | null {
  const points: IsoTime[] = []
  const hold = openHold(order)
  if (hold?.until) points.push(hold.until)
  for (const timer of TIMERS) {
    if (!isRunning(order, timer)) continue
    const point = nextStepAt(order, timer, rules.schedule(order, timer, now))
    if (point) points.push(point)
  }
  return points.length === 0 ? null : points.sort(byInstant)[0]!
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
): { order: WorkOrder; fired: FiredStep<Timer>[] } {
  const running = TIMERS.filter((timer) => isRunning(order, timer))
  const { records, fired } = fireDueSteps(running, order, (timer) => rules.schedule(order, timer, now), now)
  if (fired.length === 0) return { order, fired }
  const events: TimelineEvent[] = fired.map(({ timer, step }) => ({
    type: `${timer}_${step}`,
    at: now,
    by: SYSTEM_OPENID,
  }))
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
