import { normalizeSkills, STAFF_ROLES, type Resident, type StaffMember, type StaffRole } from '@core/estate/estate'
import { OPEN_STATUSES } from '@core/repair/work-order'
import type { Store } from '../store/store.port'
import type { UserDoc } from '../store/documents'

export const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role)

/** A resident record as managers see it, with the defaults for fields older records lack. */
export function residentView(user: UserDoc): Resident {
  return {
    openid: user.id,
    name: user.name,
    phone: user.phone,
    unitId: user.unitId ?? '',
    relation: user.relation ?? null,
    verified: user.verified ?? true,
    joinedAt: user.joinedAt ?? null,
  }
}

export function staffView(user: UserDoc & { role: StaffRole }): StaffMember {
  return {
    openid: user.id,
    name: user.name,
    phone: user.phone,
    role: user.role,
    skills: normalizeSkills(user.skills ?? []),
    joinedAt: user.joinedAt ?? null,
  }
}

/** Whether a worker still holds open jobs: they must be handed over before the worker leaves the trade. */
export async function holdsOpenJobs(store: Store, openid: string): Promise<boolean> {
  const held = await store.collection('workOrders').find({
    where: { assigneeOpenid: openid, status: { in: [...OPEN_STATUSES] } },
    limit: 1,
  })
  return held.length > 0
}
