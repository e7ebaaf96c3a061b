import type { Caller } from '../identity/actor'
import type { Category } from '../repair/work-order'
import type { Application } from './application'
import type { Relation } from './estate'

/** The `me.profile` answer: who the caller is and, for the welcome page, whether they are bound yet. */
export interface Profile extends Caller {
  /** True for residents bound to a unit and for staff; a guest sees only public information. */
  bound: boolean
  /** Their own number, unmasked. */
  phone: string | null
  /** Residents: how they live in the unit (null for records entered before onboarding). */
  relation: Relation | null
  /** Residents: whether the estate has checked them; null for everyone else. */
  verified: boolean | null
  /** Maintenance staff: the categories they take (empty: all). */
  skills: Category[]
  /** Guests: their application to be bound, if they made one. */
  application: Application | null
}
