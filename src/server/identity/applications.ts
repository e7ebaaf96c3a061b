import { decide, submitApplication, type Application, type Decision } from '@core/estate/application'
import { unitIdOf } from '@core/estate/estate'
import type { applySchema } from '@core/estate/estate.schemas'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result, notFound } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'

const alreadyBound = () => fail(appError(ErrorCode.CONFLICT, 'the applicant is already bound'))

/** A guest asks to be bound to a unit; applying again replaces their pending or rejected application. */
export async function apply(ctx: ActionContext, input: z.output<typeof applySchema>): Promise<Result<Application>> {
  const unitId = unitIdOf(input.building, input.number)
  if (!(await ctx.store.collection('units').get(unitId))) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'no such unit', { number: ['没有找到该房屋，请核对楼栋和房号'] }))
  }
  const collection = ctx.store.collection('applications')
  const previous = await collection.get(ctx.actor.openid)
  const form = { name: input.name, phone: input.phone, unitId, relation: input.relation }
  const next = submitApplication(ctx.actor.openid, form, ctx.now, previous)
  if (!next.ok) return next
  const saved = previous ? await collection.replace(next.value) : await collection.insert(next.value)
  return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'the application changed meanwhile; try again'))
}

/** Decides a pending application (compare-and-set: two managers cannot both decide it). */
async function decideApplication(ctx: ActionContext, id: string, decision: Decision): Promise<Result<Application>> {
  const collection = ctx.store.collection('applications')
  const application = await collection.get(id)
  if (!application) return notFound('application')
  const decided = decide(application, decision, ctx.actor.openid, ctx.now)
  if (!decided.ok) return decided
  const saved = await collection.replace(decided.value)
  return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'another manager decided it meanwhile'))
}

/**
 * Approving binds the applicant to the unit, verified: a manager has looked at who they are.
 * The binding is one compare-and-set on the user (an insert the store refuses when they exist), made
 * before the decision: approving someone an invite has bound meanwhile is CONFLICT and changes nothing.
 */
export async function approve(ctx: ActionContext, id: string): Promise<Result<Application>> {
  const users = ctx.store.collection('users')
  if (await users.get(id)) return alreadyBound()
  const application = await ctx.store.collection('applications').get(id)
  if (!application) return fail(appError(ErrorCode.NOT_FOUND, 'no such application'))
  if (application.status !== 'pending') return decideApplication(ctx, id, { verdict: 'approved' })
  const { name, phone, unitId, relation } = application
  const bound = await users.insert({
    id,
    version: 0,
    role: 'resident',
    name,
    phone,
    unitId,
    relation,
    verified: true,
    joinedAt: ctx.now,
  })
  if (!bound) return alreadyBound()
  const approved = await decideApplication(ctx, id, { verdict: 'approved' })
  // Another manager decided it in the meantime: their decision stands, and so no binding from this one.
  if (!approved.ok) await users.remove(bound.id, bound.version)
  return approved
}

export const reject = (ctx: ActionContext, id: string, note: string) =>
  decideApplication(ctx, id, { verdict: 'rejected', note })
