import type { Relation, Unit } from '@core/estate/estate'
import type { Role } from '@core/identity/actor'
import type { Category } from '@core/repair/work-order'
import type { IsoTime } from '@core/shared/time'

/**
 * A person the estate knows, keyed by openid. The fields after `phone` came with onboarding and
 * are absent on older records (the demo seed); readers apply the defaults documented on each.
 */
export interface UserDoc {
  id: string
  version: number
  role: Exclude<Role, 'guest'>
  name: string
  unitId: string | null
  /** Full number; only the user and managers ever see it unmasked. */
  phone: string | null
  /** Residents: how they live in the unit. Absent: unknown. */
  relation?: Relation
  /** Residents: whether the estate checked the person and relation. Absent: entered by the estate, so checked. */
  verified?: boolean
  /** Maintenance staff: the categories they take. Absent or empty: all. */
  skills?: Category[]
  /** When they joined through an invite or an approved application. */
  joinedAt?: IsoTime
}

/** A home in the estate, e.g. `1-101` is building 1, room 101. */
export type UnitDoc = Unit
