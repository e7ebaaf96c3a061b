import type { IsoTime } from '../shared/time'
import type { CheckIn, RepeatLink, RootCause } from './work-order.records'
import { LADDER_STEPS, type TimerOutcome } from '../sla/ladder'
import type { Category } from './category'

export { CATEGORIES, type Category } from './category'

export const PRIORITIES = ['normal', 'urgent'] as const
export type Priority = (typeof PRIORITIES)[number]

export const STATUSES = ['submitted', 'accepted', 'in_progress', 'on_hold', 'completed', 'closed', 'cancelled'] as const
export type Status = (typeof STATUSES)[number]

/** The three promises made to the resident, each with its own deadline and outcome. */
export const TIMERS = ['response', 'arrival', 'resolution'] as const
export type Timer = (typeof TIMERS)[number]

/** How a new order of a category reaches a worker. */
export const DISPATCH_MODES = ['pool', 'grid', 'manager'] as const
export type DispatchMode = (typeof DISPATCH_MODES)[number]

export const HOLD_REASONS = ['parts', 'resident_unavailable', 'other'] as const
export type HoldReason = (typeof HOLD_REASONS)[number]

export const TIMELINE_TYPES = [
  'created',
  'dispatched',
  'accepted',
  'assigned',
  'transferred',
  'started',
  'held',
  'resumed',
  'completed',
  'confirmed',
  'reopened',
  'cancelled',
  'hurried',
  'repeat_linked',
  'checked_in',
  'incident_linked',
  'incident_resolved',
  ...TIMERS.flatMap((t) => LADDER_STEPS.map((s) => `${t}_${s}` as const)),
] as const
export type TimelineType = (typeof TIMELINE_TYPES)[number]

export interface TimelineEvent {
  type: TimelineType
  at: IsoTime
  /** openid of who did it, or `system`. */
  by: string
  note?: string
}

export interface Rating {
  /** 1 to 5 stars. */
  stars: number
  comment?: string
}

/** A pause of the clocks (waiting for parts, or for the resident). */
export interface Hold {
  from: IsoTime
  /** Null while the order is still on hold. */
  to: IsoTime | null
  reason: HoldReason
  /** When the sweep resumes it by itself, if set. */
  until: IsoTime | null
  /** The status the order returns to. */
  resumeTo: 'accepted' | 'in_progress'
}

/** The SLA terms fixed when the order was submitted, so later policy edits do not move old promises. */
export interface SlaTerms {
  /** Minutes each timer may run (business minutes unless round the clock). */
  windows: Record<Timer, number>
  /** Share of a window after which the assignee is warned, e.g. 0.8. */
  warnShare: number
  /** Urgent jobs run 24/7; others only inside the estate's service hours. */
  roundTheClock: boolean
}

export interface WorkOrder {
  id: string
  /** Bumped by every write; writes are compare-and-set on it. */
  version: number
  status: Status
  category: Category
  priority: Priority
  description: string
  /** File ids of the resident's photos. */
  photos: string[]
  /** The unit the order belongs to; every resident of that unit may see it. */
  unitId: string
  /** Who submitted it. */
  residentOpenid: string
  residentName: string
  /** When the resident would like the worker to come, if they chose; the arrival promise follows it. */
  preferredSlot: { from: IsoTime; to: IsoTime } | null
  dispatch: DispatchMode
  /** The grid (网格) the unit lies in, if grids are set up. */
  gridId: string | null
  /** True while any worker may grab it: submitted, unassigned, dispatched through the pool. Indexed. */
  inPool: boolean
  createdAt: IsoTime
  acceptedAt: IsoTime | null
  startedAt: IsoTime | null
  completedAt: IsoTime | null
  closedAt: IsoTime | null
  cancelledAt: IsoTime | null
  assigneeOpenid: string | null
  assigneeName: string | null
  /** The first worker who accepted: the resident's named contact even after a handover (首问负责). */
  firstResponderOpenid: string | null
  firstResponderName: string | null
  sla: SlaTerms
  holds: Hold[]
  /** When each timer runs out (moved by holds; recomputed on reopen). */
  deadlines: Record<Timer, IsoTime>
  /** Null, or when the breach of each timer was flagged. */
  overdue: Record<Timer, IsoTime | null>
  /** When the pre-breach warning fired, per timer. */
  warned: Record<Timer, IsoTime | null>
  /** When the breach was escalated to the manager, per timer. */
  escalated: Record<Timer, IsoTime | null>
  /** Whether each promise was kept, set when its timer stops. */
  outcomes: Record<Timer, TimerOutcome | null>
  durations: {
    /** Submitted -> accepted, whole business minutes, holds excluded. */
    responseMinutes: number | null
    /** Submitted -> work started. */
    arrivalMinutes: number | null
    /** Submitted (or reopened) -> completed. */
    resolutionMinutes: number | null
    /** The same spans in wall-clock minutes. */
    wallMinutes: Record<Timer, number | null>
  }
  /** How often the resident reopened it after completion. */
  reopenCount: number
  rating: Rating | null
  /** Completion note and photos from the worker. */
  completionNote: string | null
  completionPhotos: string[]
  timeline: TimelineEvent[]
  /**
   * The next instant the sweep must look at this order (a ladder step or a hold's end), or null.
   * Indexed, so the sweep's cost follows the number of due orders, not the total stored.
   */
  nextCheckAt: IsoTime | null
  /**
   * The first breach of an open order (null when none, or once the order is no longer open).
   * Indexed, so the managers' late board reads breached orders whatever the number open.
   */
  lateSince?: IsoTime | null
  /** Why the sweep could not process this order (it is parked until someone looks): shown to managers. */
  sweepError?: string | null
  // Later additions: absent on orders stored before them, read as null / false / [].
  /** The outside vendor (外包单位) the order was routed to. */
  vendorId?: string | null
  vendorName?: string | null
  /** The reporter's building (from the unit), for spotting outages that hit one building. */
  building?: string | null
  /** Where a problem outside the home is, e.g. 3号楼电梯厅; null for one inside the unit. */
  location?: string | null
  /** Set when the same problem came back within the repeat window (返修). */
  repeat?: RepeatLink | null
  /** Why a repeat happened, given by the worker who completes it. */
  rootCause?: RootCause | null
  /** Whether start needs an arrival check-in and complete needs before/after photos. */
  proofRequired?: boolean
  checkIn?: CheckIn | null
  /** The worker's photos before the repair (the after photos are `completionPhotos`). */
  beforePhotos?: string[]
  /** The public outage (停水停电…) this order is part of. */
  incidentId?: string | null
  /**
   * Where and what, as `placeKeyOf` (core/incident) names it: set at creation, indexed with
   * createdAt, so outage spotting and repeat faults at a spot read only the orders of one fault's
   * place. Absent on orders stored before it until `npm run migrate` stamps them.
   */
  placeKey?: string
}

/** Statuses in which the order is still someone's job. */
export const OPEN_STATUSES: readonly Status[] = ['submitted', 'accepted', 'in_progress', 'on_hold']

/**
 * The promise an order is racing now: a response until someone accepts, the visit until work
 * starts, then completion. None while on hold (the clocks pause) or once done.
 */
export function currentTimer(order: Pick<WorkOrder, 'status'>): Timer | null {
  switch (order.status) {
    case 'submitted':
      return 'response'
    case 'accepted':
      return 'arrival'
    case 'in_progress':
      return 'resolution'
    default:
      return null
  }
}
