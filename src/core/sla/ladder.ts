import { isAtOrBefore, isBefore } from '../shared/instant'
import type { IsoTime } from '../shared/time'
import type { SlaClock } from './service-hours'

/**
 * The escalation ladder shared by every promise with a clock (repair timers, complaint timers):
 * warn the holder before the deadline, flag the breach, escalate one more window later — each once.
 */
export const LADDER_STEPS = ['warning', 'overdue', 'escalated'] as const
export type LadderStep = (typeof LADDER_STEPS)[number]

/** When each step of a timer's ladder falls due. */
export interface TimerSchedule {
  warnAt: IsoTime
  deadline: IsoTime
  /** A further window after the breach: the manager hears of it. */
  escalateAt: IsoTime
}

export interface TimerOutcome {
  met: boolean
  /** Business minutes to spare (positive) or over (negative) when the timer stopped. */
  marginMinutes: number
}

/** When each step fired, per timer (null until it does). */
export interface LadderRecords<T extends string> {
  warned: Record<T, IsoTime | null>
  overdue: Record<T, IsoTime | null>
  escalated: Record<T, IsoTime | null>
}

export interface FiredStep<T extends string> {
  timer: T
  step: LadderStep
}

const STEP_RECORD = { warning: 'warned', overdue: 'overdue', escalated: 'escalated' } as const

const dueAtOf = (schedule: TimerSchedule, step: LadderStep): IsoTime =>
  step === 'warning' ? schedule.warnAt : step === 'overdue' ? schedule.deadline : schedule.escalateAt

/**
 * The plain schedule of a window opened at `start`: warning at `warnShare` of it, breach at its
 * end, escalation one more window later. `shift` moves every point (repairs push them back by holds).
 */
export function windowSchedule(
  clock: SlaClock,
  start: IsoTime,
  windowMinutes: number,
  warnShare: number,
  shift: (point: IsoTime) => IsoTime = (point) => point,
): TimerSchedule {
  return {
    warnAt: shift(clock.addMinutes(start, windowMinutes * warnShare)),
    deadline: shift(clock.addMinutes(start, windowMinutes)),
    escalateAt: shift(clock.addMinutes(start, windowMinutes * 2)),
  }
}

/** When the first step not yet fired on a timer falls due, or null once all have fired. */
export function nextStepAt<T extends string>(
  records: LadderRecords<T>,
  timer: T,
  schedule: TimerSchedule,
): IsoTime | null {
  const pending = LADDER_STEPS.find((step) => records[STEP_RECORD[step]][timer] === null)
  return pending ? dueAtOf(schedule, pending) : null
}

/**
 * Records every step now due on the running timers, once. When a sweep comes late and several
 * steps of one timer are due together, only the highest is announced: a warning after the breach
 * is noise.
 */
export function fireDueSteps<T extends string>(
  running: readonly T[],
  records: LadderRecords<T>,
  scheduleOf: (timer: T) => TimerSchedule,
  now: IsoTime,
): { records: LadderRecords<T>; fired: FiredStep<T>[] } {
  const next = { warned: { ...records.warned }, overdue: { ...records.overdue }, escalated: { ...records.escalated } }
  const fired: FiredStep<T>[] = []
  for (const timer of running) {
    const schedule = scheduleOf(timer)
    const due = LADDER_STEPS.filter(
      (step) => next[STEP_RECORD[step]][timer] === null && isAtOrBefore(dueAtOf(schedule, step), now),
    )
    due.forEach((step) => (next[STEP_RECORD[step]][timer] = now))
    const announced = due[due.length - 1]
    if (announced) fired.push({ timer, step: announced })
  }
  return { records: next, fired }
}

/** Whether a timer stopping at `now` kept its promise, and by how many business minutes. */
export function outcomeAt(clock: SlaClock, deadline: IsoTime, now: IsoTime): TimerOutcome {
  const met = isBefore(now, deadline)
  const margin = met ? clock.minutesBetween(now, deadline) : -clock.minutesBetween(deadline, now)
  return { met, marginMinutes: Math.round(margin) }
}
