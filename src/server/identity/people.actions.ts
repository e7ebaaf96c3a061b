import { normalizeSkills, type Resident, type StaffMember } from '@core/estate/estate'
import {
  listResidentsSchema,
  listStaffMembersSchema,
  personRefSchema,
  setStaffSchema,
} from '@core/estate/estate.schemas'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result, notFound } from '@core/shared/result'
import { action, type ActionContext } from '../action'
import { findPage } from '../store/paging'
import { recordDeparture } from '../privacy/departures'
import type { Where } from '../store/store.port'
import { findStaff, holdsOpenJobs, isStaffRole, residentView, staffView } from './people.repository'
import type { UserDoc } from '../store/documents'

/** Staff are tens of people: listed whole. */

const changedMeanwhile = () => fail(appError(ErrorCode.CONFLICT, 'the person changed meanwhile; reload'))
const handOverFirst = () => fail(appError(ErrorCode.CONFLICT, 'the worker still holds open jobs; transfer them first'))
/** A manager locking themselves out is never what they meant; another manager can do it. */
const notYourself = () => fail(appError(ErrorCode.FORBIDDEN, 'managers cannot unbind or re-role themselves'))

async function saveUser(ctx: ActionContext, user: UserDoc): Promise<Result<UserDoc>> {
  const saved = await ctx.store.collection('users').replace(user)
  return saved ? ok(saved) : changedMeanwhile()
}

/** Manager actions of the `admin` function over residents and staff. */
export const peopleActions = {
  /** Residents in unit order, optionally of one unit; phones unmasked (managers only). */
  listResidents: action({
    roles: ['manager'],
    input: listResidentsSchema,
    async run(input, ctx) {
      const where: Where = input.unitId ? { role: 'resident', unitId: input.unitId } : { role: 'resident' }
      const page = await findPage(
        ctx.store.collection('users'),
        { where, orderBy: { field: 'unitId', direction: 'asc' } },
        input,
      )
      return page.ok ? ok({ ...page.value, items: page.value.items.map(residentView) }) : page
    },
  }),
  /** Every staff member (or those of one role) with phone and skills. */
  listStaffMembers: action({
    roles: ['manager'],
    input: listStaffMembersSchema,
    run: async (input, ctx) => ok({ items: await findStaff(ctx.store, input.role ? [input.role] : undefined) }),
  }),
  /** Changes a staff member's role or skills; a worker leaving maintenance hands over open jobs first. */
  setStaff: action({
    roles: ['manager'],
    audit: true,
    input: setStaffSchema,
    async run(input, ctx): Promise<Result<StaffMember>> {
      const user = await ctx.store.collection('users').get(input.openid)
      if (!user || !isStaffRole(user.role)) return notFound('staff member')
      if (user.id === ctx.actor.openid && input.role !== user.role) return notYourself()
      if (user.role === 'maintenance' && input.role !== 'maintenance' && (await holdsOpenJobs(ctx.store, user.id))) {
        return handOverFirst()
      }
      const skills = input.role === 'maintenance' ? normalizeSkills(input.skills) : []
      const saved = await saveUser(ctx, { ...user, role: input.role, skills })
      return saved.ok ? ok(staffView({ ...saved.value, role: input.role })) : saved
    },
  }),
  /** Marks a resident's person and relation as checked by the estate. */
  verifyResident: action({
    roles: ['manager'],
    audit: true,
    input: personRefSchema,
    async run(input, ctx): Promise<Result<Resident>> {
      const user = await ctx.store.collection('users').get(input.openid)
      if (!user || user.role !== 'resident') return notFound('resident')
      const saved = await saveUser(ctx, { ...user, verified: true })
      return saved.ok ? ok(residentView(saved.value)) : saved
    },
  }),
  /** Removes a resident from their unit, or a staff member from the estate: they are a guest again. */
  unbind: action({
    roles: ['manager'],
    audit: true,
    input: personRefSchema,
    async run(input, ctx) {
      const users = ctx.store.collection('users')
      const user = await users.get(input.openid)
      if (!user) return notFound('person')
      if (user.id === ctx.actor.openid) return notYourself()
      if (user.role === 'maintenance' && (await holdsOpenJobs(ctx.store, user.id))) return handOverFirst()
      if (!(await users.remove(user.id, user.version))) return changedMeanwhile()
      if (user.role === 'resident') await recordDeparture(ctx, user.id, user.unitId)
      return ok({ openid: user.id, role: user.role, unitId: user.unitId, name: user.name })
    },
  }),
}
