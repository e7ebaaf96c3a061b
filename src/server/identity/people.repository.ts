import {
  naturalCompare,
  normalizeSkills,
  STAFF_ROLES,
  type Resident,
  type StaffMember,
  type StaffRef,
  type StaffRole,
} from '@core/estate/estate'
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

/** Staff are tens, not thousands: one read holds them all. */
const STAFF_READ_LIMIT = 1000

/** The one staff query: staff of the given roles (default all), by role then name. */
export async function findStaff(store: Store, roles: readonly StaffRole[] = STAFF_ROLES): Promise<StaffMember[]> {
  const users = await store.collection('users').find({ where: { role: { in: [...roles] } }, limit: STAFF_READ_LIMIT })
  const staff = users.flatMap((u) => (isStaffRole(u.role) ? [staffView({ ...u, role: u.role })] : []))
  return staff.sort(
    (a, b) => STAFF_ROLES.indexOf(a.role) - STAFF_ROLES.indexOf(b.role) || naturalCompare(a.name, b.name),
  )
}

export const staffRef = ({ openid, name, role }: StaffMember): StaffRef => ({ openid, name, role })
