/**
 * What a caller is allowed to be. `guest` is a WeChat user not yet bound to a unit or staff role;
 * `committee` is a member of the owners' committee: published reports and aggregate figures only,
 * never anyone's personal data.
 */
export const ROLES = ['guest', 'resident', 'maintenance', 'guard', 'manager', 'committee'] as const
export type Role = (typeof ROLES)[number]

/** The caller of a use case, resolved from the platform identity (never from the event). */
export interface Actor {
  /** WeChat openid (locally: the dev-login identity). */
  openid: string
  role: Role
  /** The unit a resident is bound to, e.g. `1-101`; null for staff and guests. */
  unitId: string | null
  /** Display name shown on orders (e.g. the worker's name on "who has it"). */
  name: string
}

/** Timeline author for what the system does by itself (the SLA sweep). */
export const SYSTEM_OPENID = 'system'
