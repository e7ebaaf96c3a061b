import { worksTheOffice, type Actor } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail } from '../shared/result'
import type { Feedback, FeedbackStatus } from './feedback'

// Who is who to a feedback item: staff, its household, whoever handles it; and who may read it.

/** Statuses in which the feedback is still someone's job. */
export const OPEN_FEEDBACK: readonly FeedbackStatus[] = ['submitted', 'acknowledged', 'reopened']

const STAFF_ROLES: readonly string[] = ['maintenance', 'manager']
export const isStaff = (actor: Actor) => STAFF_ROLES.includes(actor.role)
export const isHouseholdOf = (item: Feedback, actor: Actor) => actor.role === 'resident' && actor.unitId === item.unitId
/** Whoever answers for it now: the assignee, the first responder, or any manager. */
export const handles = (item: Feedback, actor: Actor) =>
  actor.role === 'manager' || item.assigneeOpenid === actor.openid || item.ownerOpenid === actor.openid

/** The person named is not property staff (the form field says so). */
export const notStaff = (field: string) =>
  fail(appError(ErrorCode.VALIDATION_FAILED, 'not a staff member', { [field]: ['请选择物业工作人员'] }))

/** Who may read it: the office all; the household its own; staff the unclaimed pool and what they hold or took first. */
export function canViewFeedback(item: Feedback, actor: Actor): boolean {
  if (worksTheOffice(actor)) return true
  if (actor.role === 'resident') return actor.unitId !== null && item.unitId === actor.unitId
  if (actor.role === 'maintenance') {
    const unclaimed = item.status === 'submitted' && item.assigneeOpenid === null
    return unclaimed || handles(item, actor) || item.praisedOpenid === actor.openid
  }
  return false
}
