import type { Envelope } from '@core/shared/envelope'
import type { WorkOrder } from '@core/repair/work-order'
import type { EstateHost } from './estate-host'
import { MANAGER } from './estate-setup'
import { EventQueue } from './event-queue'
import { clockMinutes, dayOf, localMinute, MINUTE, NIGHT_FROM, NIGHT_TO } from './local-time'
import { PEOPLE } from './model'
import type { Policy } from './policies'
import type { Random } from './random'
import type { Report } from './traffic'

export interface Worker {
  openid: string
  index: number
  state: 'free' | 'routine' | 'busy'
  /** The order they are on while busy. */
  current: string | null
  /** Bumped whenever a pending routine check should be forgotten (the worker was called away). */
  generation: number
}

/** What the simulation remembers about an order: its report, and the last copy any reply showed. */
export interface Tracked {
  report: Report
  order: WorkOrder
  reopened: boolean
  partsHeld: boolean
  partsReadyAt: number | null
}

/** A day shift, as "HH:mm" estate time. */
export interface Shift {
  from: string
  to: string
}

/** Messages per template staff keep allowed (topped up at sign-in each morning). */
const CONSENTS_KEPT = 5

/**
 * The month's shared state: the clock, the event queue, what people know about the orders, and
 * the one way anybody acts (`act`, a public action through the host).
 */
export class World {
  readonly queue = new EventQueue()
  readonly tracked = new Map<string, Tracked>()
  readonly workers: Worker[]
  readonly shifts: { from: number; to: number }[]
  now: number
  complaints = 0
  consentAnswers: Record<string, string> = {}
  /** Due sweeps: whole minutes at which some order's next check falls. */
  private readonly sweepAt = new Set<number>()

  constructor(
    readonly host: EstateHost,
    readonly policy: Policy,
    readonly random: Random,
    workerIds: string[],
    shifts: readonly Shift[],
    start: number,
    readonly end: number,
  ) {
    this.workers = workerIds.map((openid, index) => ({ openid, index, state: 'free', current: null, generation: 0 }))
    this.shifts = shifts.map((s) => ({ from: clockMinutes(s.from), to: clockMinutes(s.to) }))
    this.now = start
  }

  schedule(at: number, run: () => Promise<void>): void {
    if (at <= this.end) this.queue.push({ at: Math.max(at, this.now), run })
  }

  minutesFromNow(minutes: number): number {
    return this.now + Math.round(minutes * MINUTE)
  }

  async act<T = WorkOrder>(openid: string, fn: string, event: Record<string, unknown>): Promise<T | null> {
    const reply = (await this.host.call(openid, fn, event)) as Envelope<T>
    if (!reply.ok) return null
    const data = reply.data as unknown as WorkOrder
    if (data && typeof data === 'object' && 'nextCheckAt' in data) this.track(data)
    return reply.data
  }

  private track(order: WorkOrder) {
    const known = this.tracked.get(order.id)
    if (known) known.order = order
    if (this.policy.sweep && order.nextCheckAt) {
      const minute = Math.ceil(Date.parse(order.nextCheckAt) / MINUTE) * MINUTE
      if (!this.sweepAt.has(minute)) {
        this.sweepAt.add(minute)
        this.schedule(minute, () => this.sweep(minute))
      }
    }
  }

  /** The slaSweep timer, fired only when some order's next check is due. */
  private async sweep(minute: number) {
    this.sweepAt.delete(minute)
    const due = [...this.tracked.values()].filter(
      (t) => t.order.nextCheckAt !== null && Date.parse(t.order.nextCheckAt) <= minute,
    )
    if (due.length === 0) return
    await this.host.fireTimer('slaSweep')
    // The sweep changed these orders; the office's own view reads them back.
    for (const t of due) await this.act(MANAGER, 'repair', { action: 'get', id: t.order.id })
  }

  /**
   * The app asks for subscribe consent at each tap; staff ticked "always allow", so each time they
   * open a notice they grant one more message of each template.
   */
  allowPush(openid: string) {
    return this.act(openid, 'inbox', { action: 'consent', results: this.consentAnswers })
  }

  /** Signing in each morning, the app asks until each template has a few messages allowed again. */
  async topUpConsent(openid: string) {
    const subs = await this.act<{ items: { remaining: number }[] }>(openid, 'inbox', { action: 'subscriptions' })
    const fewest = Math.min(...(subs?.items ?? []).map((s) => s.remaining))
    for (let i = fewest; i < CONSENTS_KEPT; i++) await this.allowPush(openid)
  }

  // ---- who is at work --------------------------------------------------------------------------

  private isDayOff(w: Worker, day: number) {
    return (day + w.index) % 7 < PEOPLE.daysOffPerWeek
  }

  onShift(w: Worker, at: number): boolean {
    const shift = this.shifts[w.index % this.shifts.length]!
    const minute = localMinute(at)
    return !this.isDayOff(w, dayOf(at)) && minute >= shift.from && minute < shift.to
  }

  onCall(w: Worker, at: number): boolean {
    const minute = localMinute(at)
    const night = minute >= NIGHT_FROM ? dayOf(at) : minute < NIGHT_TO ? dayOf(at) - 1 : null
    const n = this.workers.length
    return PEOPLE.nightOnCall && night !== null && ((night % n) + n) % n === w.index
  }

  openJobsOf(w: Worker): number {
    return [...this.tracked.values()].filter(
      (t) => t.order.assigneeOpenid === w.openid && ['submitted', 'accepted', 'in_progress'].includes(t.order.status),
    ).length
  }

  /** Whom the office would give a job to now: the least loaded worker on duty (the on-call one at night). */
  pickWorker(except: string | null): Worker | null {
    const candidates = this.workers.filter((w) => w.openid !== except && this.onShift(w, this.now))
    const pool =
      candidates.length > 0 ? candidates : this.workers.filter((w) => this.onCall(w, this.now) && w.openid !== except)
    let best: Worker | null = null
    for (const w of pool) if (!best || this.openJobsOf(w) < this.openJobsOf(best)) best = w
    return best
  }
}
