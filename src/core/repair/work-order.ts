import type { IsoTime } from '../shared/time'

export const CATEGORIES = [
  'plumbing',
  'electrical',
  'doors_windows',
  'elevator',
  'public_area',
  'appliance',
  'other',
] as const
export type Category = (typeof CATEGORIES)[number]

export const PRIORITIES = ['normal', 'urgent'] as const
export type Priority = (typeof PRIORITIES)[number]

export const STATUSES = ['submitted', 'accepted', 'in_progress', 'completed', 'closed', 'cancelled'] as const
export type Status = (typeof STATUSES)[number]

/** The timers whose deadlines the SLA policy sets and the sweep watches. */
export const TIMERS = ['response', 'resolution'] as const
export type Timer = (typeof TIMERS)[number]

export const TIMELINE_TYPES = [
  'created',
  'accepted',
  'assigned',
  'started',
  'completed',
  'confirmed',
  'reopened',
  'cancelled',
  'response_overdue',
  'resolution_overdue',
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
  createdAt: IsoTime
  acceptedAt: IsoTime | null
  startedAt: IsoTime | null
  completedAt: IsoTime | null
  closedAt: IsoTime | null
  cancelledAt: IsoTime | null
  assigneeOpenid: string | null
  assigneeName: string | null
  /** When each timer runs out. */
  deadlines: Record<Timer, IsoTime>
  /** Null, or when the sweep (or the late transition) flagged the breach. */
  overdue: Record<Timer, IsoTime | null>
  durations: {
    /** Submitted -> accepted, whole minutes. */
    responseMinutes: number | null
    /** Submitted -> (latest) completed, whole minutes. */
    resolutionMinutes: number | null
  }
  /** How often the resident reopened it after completion. */
  reopenCount: number
  rating: Rating | null
  /** Completion note and photos from the worker. */
  completionNote: string | null
  completionPhotos: string[]
  timeline: TimelineEvent[]
  /**
   * The earliest deadline still running and not yet flagged, or null. The sweep queries this
   * indexed field so its cost follows the number of due orders, not the total stored.
   */
  nextCheckAt: IsoTime | null
}

/** Statuses in which the order is still someone's job. */
export const OPEN_STATUSES: readonly Status[] = ['submitted', 'accepted', 'in_progress']
