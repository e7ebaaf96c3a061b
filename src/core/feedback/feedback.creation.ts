import type { Actor } from '../identity/actor'
import { SYSTEM_OPENID } from '../identity/actor'
import { ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import type { Feedback, FeedbackEvent, FeedbackKind, FeedbackSource, FeedbackTimer, FeedbackTopic } from './feedback'
import type { FeedbackRules } from './feedback-sla'
import { finalize } from './feedback.ladder'
import { isStaff, notStaff } from './feedback.visibility'

export interface NewFeedback {
  id: string
  kind: FeedbackKind
  topic: FeedbackTopic
  description: string
  photos: readonly string[]
  anonymous: boolean
  relatedOrderId: string | null
  source: FeedbackSource
}

/** How it is routed: to the owner of the unit's grid when there is one, else to the pool. */
export interface FeedbackRouting {
  gridId: string | null
  gridOwner: Actor | null
  /** Praise only: the staff member thanked. */
  praised: Actor | null
}

const emptyTimers = <T>(value: T): Record<FeedbackTimer, T> => ({ acknowledge: value, resolve: value })

export function createFeedback(
  input: NewFeedback,
  resident: Actor,
  now: IsoTime,
  rules: FeedbackRules,
  routing: FeedbackRouting,
): Result<Feedback> {
  if (input.kind === 'praise' && !(routing.praised && isStaff(routing.praised))) return notStaff('staffOpenid')
  const praise = input.kind === 'praise'
  // Praise needs no handling: it is closed as it arrives and only credited.
  const owner = praise ? null : routing.gridOwner
  const timeline: FeedbackEvent[] = [{ type: 'created', at: now, by: resident.openid }]
  if (owner) timeline.push({ type: 'dispatched', at: now, by: SYSTEM_OPENID, note: owner.name })
  const item: Feedback = {
    id: input.id,
    version: 0,
    kind: input.kind,
    topic: input.topic,
    description: input.description,
    photos: [...input.photos],
    anonymous: input.anonymous,
    source: input.source,
    status: praise ? 'closed' : 'submitted',
    unitId: resident.unitId ?? '',
    residentOpenid: resident.openid,
    residentName: resident.name,
    relatedOrderId: input.relatedOrderId,
    praisedOpenid: praise ? routing.praised!.openid : null,
    praisedName: praise ? routing.praised!.name : null,
    gridId: routing.gridId,
    assigneeOpenid: owner?.openid ?? null,
    assigneeName: owner?.name ?? null,
    ownerOpenid: null,
    ownerName: null,
    createdAt: now,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: praise ? now : null,
    resolution: null,
    rating: null,
    reopenCount: 0,
    sla: rules.termsFor(input.kind, input.topic),
    deadlines: emptyTimers(null),
    outcomes: emptyTimers(null),
    durations: emptyTimers(null),
    warned: emptyTimers(null),
    overdue: emptyTimers(null),
    escalated: emptyTimers(null),
    thread: [],
    timeline,
    nextCheckAt: null,
  }
  return ok(finalize(item, rules))
}
