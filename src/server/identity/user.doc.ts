import type { Role } from '@core/identity/actor'

/** A person the estate knows, keyed by openid. */
export interface UserDoc {
  id: string
  version: number
  role: Exclude<Role, 'guest'>
  name: string
  unitId: string | null
  /** Full number; only the user and managers ever see it unmasked. */
  phone: string | null
}

/** A home in the estate, e.g. `1-101` is building 1, room 101. */
export interface UnitDoc {
  id: string
  version: number
  building: string
  number: string
  floor: number
  /** Floor area in square metres (fees are per square metre). */
  areaM2: number
}
