import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import { addMinutes, type IsoTime } from '../shared/time'

/** 回访 outcomes the service desk records: 满意 / 一般 / 不满意, or 未联系上. */
export const VISIT_RESULTS = ['satisfied', 'neutral', 'dissatisfied'] as const
export type VisitResult = (typeof VISIT_RESULTS)[number]
export const VISIT_OUTCOMES = [...VISIT_RESULTS, 'unreachable'] as const
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number]

/** Why a closed repair gets a return visit. */
export type VisitReason = 'urgent' | 'low_rating' | 'sample'

export const VISIT_DUE_DAYS = 3
/** Calls without an answer before the visit is given up as unreachable. */
export const MAX_VISIT_ATTEMPTS = 3
/** Ratings at or below this always get a call. */
export const LOW_RATING = 3
export const DEFAULT_VISIT_SAMPLE = 0.2

export interface VisitAttempt {
  at: IsoTime
  by: string
  outcome: VisitOutcome
  note?: string
}

export interface ReturnVisit {
  /** The repair order's id: one visit per order, however often its close is reported. */
  id: string
  version: number
  orderId: string
  unitId: string
  residentOpenid: string
  residentName: string
  /** What was repaired, for the caller's script. */
  subject: string
  reason: VisitReason
  closedAt: IsoTime
  dueAt: IsoTime
  status: 'due' | 'done' | 'unreachable'
  result: VisitResult | null
  attempts: VisitAttempt[]
  /** The complaint a dissatisfied visit raised. */
  complaintId: string | null
  createdAt: IsoTime
}

/**
 * A stable share in [0, 1) from an id (32-bit FNV-1a): the same order always falls the same side
 * of the sample, so re-running the close hook or changing servers never changes who is called.
 */
export function sampleShareOf(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash / 0x1_0000_0000
}

/** Every urgent job, every job rated 3 stars or less, and a deterministic sample of the rest. */
export function visitReason(
  order: { id: string; priority: string; rating: { stars: number } | null },
  sample: number,
): VisitReason | null {
  if (order.priority === 'urgent') return 'urgent'
  if (order.rating && order.rating.stars <= LOW_RATING) return 'low_rating'
  return sampleShareOf(order.id) < sample ? 'sample' : null
}

export interface ClosedOrder {
  id: string
  priority: string
  rating: { stars: number } | null
  unitId: string
  residentOpenid: string
  residentName: string
  subject: string
  closedAt: IsoTime
}

export function planReturnVisit(order: ClosedOrder, sample: number, now: IsoTime): ReturnVisit | null {
  const reason = visitReason(order, sample)
  if (!reason) return null
  return {
    id: order.id,
    version: 0,
    orderId: order.id,
    unitId: order.unitId,
    residentOpenid: order.residentOpenid,
    residentName: order.residentName,
    subject: order.subject,
    reason,
    closedAt: order.closedAt,
    dueAt: addMinutes(order.closedAt, VISIT_DUE_DAYS * 24 * 60),
    status: 'due',
    result: null,
    attempts: [],
    complaintId: null,
    createdAt: now,
  }
}

/** One call: a result ends the visit; no answer leaves it due until the attempts run out. */
export function recordVisit(
  visit: ReturnVisit,
  by: string,
  outcome: VisitOutcome,
  note: string | undefined,
  now: IsoTime,
): Result<ReturnVisit> {
  if (visit.status !== 'due') return fail(appError(ErrorCode.INVALID_TRANSITION, `the visit is ${visit.status}`))
  const attempts = [...visit.attempts, { at: now, by, outcome, ...(note ? { note } : {}) }]
  if (outcome === 'unreachable') {
    return ok({ ...visit, attempts, status: attempts.length >= MAX_VISIT_ATTEMPTS ? 'unreachable' : 'due' })
  }
  return ok({ ...visit, attempts, status: 'done', result: outcome })
}
