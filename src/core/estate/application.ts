import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import type { Relation } from './estate'

/** A WeChat user without an invite code asks to be bound to a home; a manager approves or rejects. */

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export interface Application {
  /** The applicant's openid: one application per person, so applying again replaces the last. */
  id: string
  version: number
  name: string
  phone: string
  unitId: string
  relation: Relation
  status: ApplicationStatus
  createdAt: IsoTime
  decidedAt: IsoTime | null
  /** The manager who decided. */
  decidedBy: string | null
  /** Why it was rejected, shown to the applicant. */
  note: string | null
}

export interface ApplicationForm {
  name: string
  phone: string
  unitId: string
  relation: Relation
}

/** A fresh application, or a new one in place of a pending or rejected one (same id, its version kept). */
export function submitApplication(
  openid: string,
  form: ApplicationForm,
  now: IsoTime,
  previous: Application | null,
): Result<Application> {
  if (previous?.status === 'approved') return fail(appError(ErrorCode.CONFLICT, 'the application was already approved'))
  return ok({
    id: openid,
    version: previous?.version ?? 0,
    ...form,
    status: 'pending',
    createdAt: now,
    decidedAt: null,
    decidedBy: null,
    note: null,
  })
}

export type Decision = { verdict: 'approved' } | { verdict: 'rejected'; note: string }

/** Only a pending application is decided, once. */
export function decide(application: Application, decision: Decision, by: string, now: IsoTime): Result<Application> {
  if (application.status !== 'pending') {
    return fail(appError(ErrorCode.INVALID_TRANSITION, `the application is already ${application.status}`))
  }
  return ok({
    ...application,
    status: decision.verdict,
    decidedAt: now,
    decidedBy: by,
    note: decision.verdict === 'rejected' ? decision.note : null,
  })
}
