import type { Category } from '../repair/category'

/**
 * What a caller is allowed to be in the estate they are acting in. `guest` is a WeChat user not yet
 * bound to a unit or staff role there; `committee` is a member of the owners' committee: published
 * reports and aggregate figures only, never anyone's personal data; `company_admin` is head office
 * where it holds no estate role; `vendor` is an outside company's worker (外包单位): only orders
 * routed to that vendor; `service_desk` is the property office's front desk (客服/前台): it watches and
 * dispatches orders and complaints, posts notices and reads the visitor log, but keeps no settings,
 * money, people or exports.
 */
export const ROLES = [
  'guest',
  'resident',
  'maintenance',
  'guard',
  'service_desk',
  'manager',
  'committee',
  'company_admin',
  'vendor',
] as const
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
  /** Vendor workers: the vendor they work for; absent or null for everyone else. */
  vendorId?: string | null
}

/** A function's caller: the actor in the estate they act in, and whether they are head office. */
export interface Caller extends Actor {
  /** The estate the call acts in (roles are per estate); null until the user joins or picks one. */
  estateId: string | null
  /** Head office (物业公司): may call `company_admin` actions whatever their role in this estate. */
  companyAdmin: boolean
  /**
   * Workers: the categories they take from the pool (none: every category). Read with the rest of
   * the caller, so the pool and a grab need no second read of the same user document.
   */
  skills?: Category[]
}

/** Whether `caller` may act as one of `roles`: their role here, or head office wherever it acts. */
export const actsAs = (roles: readonly Role[], caller: Caller): boolean =>
  roles.includes(caller.role) || (caller.companyAdmin && roles.includes('company_admin'))

/**
 * Who works the property office's desk: sees every order and complaint of the estate and dispatches
 * them. Settings, money, people and exports stay the manager's (their actions name `manager` alone).
 */
export const OFFICE_ROLES = ['manager', 'service_desk'] as const satisfies readonly Role[]

export const worksTheOffice = (actor: Actor): boolean => (OFFICE_ROLES as readonly Role[]).includes(actor.role)

/** Timeline author for what the system does by itself (the SLA sweep). */
export const SYSTEM_OPENID = 'system'
