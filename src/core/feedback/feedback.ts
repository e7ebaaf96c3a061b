import type { LadderRecords, TimerOutcome } from '../sla/ladder'
import type { IsoTime } from '../shared/time'

export const FEEDBACK_KINDS = ['complaint', 'suggestion', 'praise'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

export const FEEDBACK_TOPICS = [
  '服务态度',
  '环境卫生',
  '安全秩序',
  '设施设备',
  '收费',
  '噪音扰民',
  '邻里纠纷',
  '其他',
] as const
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number]

export const FEEDBACK_STATUSES = ['submitted', 'acknowledged', 'resolved', 'closed', 'reopened'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

/** The two promises made on a complaint or suggestion: someone takes it (受理), then it is solved. */
export const FEEDBACK_TIMERS = ['acknowledge', 'resolve'] as const
export type FeedbackTimer = (typeof FEEDBACK_TIMERS)[number]

export const FEEDBACK_EVENT_TYPES = [
  'created',
  'dispatched',
  'acknowledged',
  'assigned',
  'transferred',
  'replied',
  'followed_up',
  'resolved',
  'confirmed',
  'reopened',
  'acknowledge_warning',
  'acknowledge_overdue',
  'acknowledge_escalated',
  'resolve_warning',
  'resolve_overdue',
  'resolve_escalated',
] as const
export type FeedbackEventType = (typeof FEEDBACK_EVENT_TYPES)[number]

export interface FeedbackEvent {
  type: FeedbackEventType
  at: IsoTime
  /** openid of who did it, or `system`. */
  by: string
  note?: string
}

/** One message of the conversation the resident sees. */
export interface ThreadMessage {
  at: IsoTime
  from: 'resident' | 'staff'
  /** openid of the writer; hidden from staff when the resident wrote anonymously. */
  byOpenid: string
  byName: string
  message: string
}

/** The household's verdict when it closes the loop. */
export interface FeedbackRating {
  satisfied: boolean
  /** 1 to 5 stars. */
  stars: number
  comment?: string
}

/** Terms fixed at submission, so later policy edits do not move old promises. */
export interface FeedbackTerms {
  /** Business minutes each timer may run, on the estate's service calendar. */
  windows: Record<FeedbackTimer, number>
  warnShare: number
}

/** Where the feedback came from: the resident's own words, or a dissatisfied return visit. */
export type FeedbackSource = 'resident' | 'return_visit'

export interface Feedback extends LadderRecords<FeedbackTimer> {
  id: string
  /** Bumped by every write; writes are compare-and-set on it. */
  version: number
  kind: FeedbackKind
  topic: FeedbackTopic
  description: string
  photos: string[]
  /** Hides the resident's name and unit from staff (managers still see them). */
  anonymous: boolean
  source: FeedbackSource
  status: FeedbackStatus
  /** The household it belongs to; every resident of that unit may read it. Indexed. */
  unitId: string
  residentOpenid: string
  residentName: string
  /** A repair order the resident names; the order's complaints are found through this (indexed). */
  relatedOrderId: string | null
  /** Praise: the staff member thanked, credited on their KPI row. */
  praisedOpenid: string | null
  praisedName: string | null
  gridId: string | null
  /** Who handles it now (null while it waits in the pool). Indexed. */
  assigneeOpenid: string | null
  assigneeName: string | null
  /** The first to acknowledge: answers for it until the resident is satisfied (首问负责), across transfers. Indexed. */
  ownerOpenid: string | null
  ownerName: string | null
  createdAt: IsoTime
  acknowledgedAt: IsoTime | null
  resolvedAt: IsoTime | null
  closedAt: IsoTime | null
  resolution: string | null
  rating: FeedbackRating | null
  reopenCount: number
  sla: FeedbackTerms
  deadlines: Record<FeedbackTimer, IsoTime | null>
  outcomes: Record<FeedbackTimer, TimerOutcome | null>
  /** Business minutes (nearest whole) each timer ran when it stopped. */
  durations: Record<FeedbackTimer, number | null>
  thread: ThreadMessage[]
  timeline: FeedbackEvent[]
  /** The next instant the sweep must look at it, or null. Indexed. */
  nextCheckAt: IsoTime | null
}

/** Days after resolution (or closing) in which the household may reopen. */
export const REOPEN_DAYS = 7
