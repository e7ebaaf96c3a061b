import { STAFF_ROLES, naturalCompare, normalizeSkills, type Resident, type StaffMember } from '@core/estate/estate'
import {
  listResidentsSchema,
  listStaffMembersSchema,
  personRefSchema,
  setStaffSchema,
} from '@core/estate/estate.schemas'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { action, type ActionContext } from '../define-function'
import { findPage } from '../estate/paging'
import { recordDeparture } from '../privacy/departures'
import type { Where } from '../store/store.port'
import { holdsOpenJobs, isStaffRole, residentView, staffView, usersCollection } from './people.repository'
import type { UserDoc } from './user.doc'

/** Staff are tens of people: listed whole. */
const STAFF_READ_LIMIT = 1000

const notFound = (what: string) => fail(appError(ErrorCode.NOT_FOUND, `no such ${what}`))
const changedMeanwhile = () => fail(appError(ErrorCode.CONFLICT, 'the person changed meanwhile; reload'))
const handOverFirst = () => fail(appError(ErrorCode.CONFLICT, 'the worker still holds open jobs; transfer them first'))
/** A manager locking themselves out is never what they meant; another manager can do it. */
const notYourself = () => fail(appError(ErrorCode.FORBIDDEN, 'managers cannot unbind or re-role themselves'))

async function saveUser(ctx: ActionContext, user: UserDoc): Promise<Result<UserDoc>> {
  const saved = await usersCollection(ctx.runtime.store).replace(user)
  return saved ? ok(saved) : changedMeanwhile()
}

/** Manager actions of the `admin` function over residents and staff. */
export const peopleActions = {
  /** Residents in unit order, optionally of one unit; phones unmasked (managers only). */
  listResidents: action({
    roles: ['manager'],
    input: listResidentsSchema,
    async run(input, { runtime }) {
      const where: Where = input.unitId ? { role: 'resident', unitId: input.unitId } : { role: 'resident' }
      const page = await findPage(
        usersCollection(runtime.store),
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
    async run(input, { runtime }) {
      const roles = input.role ? [input.role] : [...STAFF_ROLES]
      const users = await usersCollection(runtime.store).find({
        where: { role: { in: roles } },
        limit: STAFF_READ_LIMIT,
      })
      const items: StaffMember[] = users.flatMap((u) =>
        isStaffRole(u.role) ? [staffView({ ...u, role: u.role })] : [],
      )
      items.sort((a, b) => STAFF_ROLES.indexOf(a.role) - STAFF_ROLES.indexOf(b.role) || naturalCompare(a.name, b.name))
      return ok({ items })
    },
  }),
  /** Changes a staff member's role or skills; a worker leaving maintenance hands over open jobs first. */
  setStaff: action({
    roles: ['manager'],
    audit: true,
    input: setStaffSchema,
    async run(input, ctx): Promise<Result<StaffMember>> {
      const user = await usersCollection(ctx.runtime.store).get(input.openid)
      if (!user || !isStaffRole(user.role)) return notFound('staff member')
      if (user.id === ctx.actor.openid && input.role !== user.role) return notYourself()
      if (
        user.role === 'maintenance' &&
        input.role !== 'maintenance' &&
        (await holdsOpenJobs(ctx.runtime.store, user.id))
      ) {
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
      const user = await usersCollection(ctx.runtime.store).get(input.openid)
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
      const users = usersCollection(ctx.runtime.store)
      const user = await users.get(input.openid)
      if (!user) return notFound('person')
      if (user.id === ctx.actor.openid) return notYourself()
      if (user.role === 'maintenance' && (await holdsOpenJobs(ctx.runtime.store, user.id))) return handOverFirst()
      if (!(await users.remove(user.id, user.version))) return changedMeanwhile()
      if (user.role === 'resident') await recordDeparture(ctx.runtime, user.id, user.unitId)
      return ok({ openid: user.id, role: user.role, unitId: user.unitId, name: user.name })
    },
  }),
}
