import { ROLES } from '../identity/actor'
import { CATEGORIES } from '../repair/work-order'
import { documentOf, itemsOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import { APPLICATION_STATUSES, type Application } from './application'
import type { EstateListing, Membership } from './company.schemas'
import { RELATIONS, type PublicInfo } from './estate'
import type { Profile } from './profile'

// What the `me` function answers (who the caller is, joining an estate), as the client parses it.
// The managers' `admin` replies are in console.replies.ts, so the main package carries only these.

export const applicationReply = documentOf<Application>()({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  unitId: z.string(),
  relation: z.enum(RELATIONS),
  status: z.enum(APPLICATION_STATUSES),
  createdAt: z.string(),
})

/** Every screen routes and gates on the profile: the caller's role, estate and binding are checked. */
export const profileReply = documentOf<Profile>()({
  openid: z.string(),
  role: z.enum(ROLES),
  name: z.string(),
  unitId: z.string().nullable(),
  estateId: z.string().nullable(),
  companyAdmin: z.boolean(),
  bound: z.boolean(),
  phone: z.string().nullable(),
  skills: z.array(z.enum(CATEGORIES)),
  application: applicationReply.nullable(),
})

export const publicInfoReply = documentOf<PublicInfo>()({
  name: z.string(),
  servicePhone: z.string(),
  buildings: z.array(z.looseObject({ code: z.string(), name: z.string() })),
})

const estateListing = { id: z.string(), name: z.string(), city: z.string() }
export const estateListingReply: z.ZodType<EstateListing> = z.looseObject(estateListing)
export const estateListingsReply = itemsOf(estateListingReply)
export const membershipsReply = itemsOf<Membership>(
  z.looseObject({ ...estateListing, role: z.enum(ROLES), unitId: z.string().nullable(), current: z.boolean() }),
)
