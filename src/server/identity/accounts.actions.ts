import {
  listEstatesSchema,
  switchEstateSchema,
  type EstateListing,
  type Membership,
} from '@core/estate/company.schemas'
import { ROLES } from '@core/identity/actor'
import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import type { EstateDoc } from '../store/documents'
import { findAll } from '../store/paging'
import { enterEstate, knownEstate } from './accounts'
import { profileOf } from './profile'
import { resolveActor } from '../actor.resolver'

const listing = ({ id, name, city }: EstateDoc): EstateListing => ({ id, name, city })

/** `me` actions over the estates a WeChat user may act in. */
export const accountActions = {
  /** The estate picker: every estate by city then name; public (names and cities only). */
  estates: action({
    roles: ROLES,
    input: listEstatesSchema,
    async run(input, ctx) {
      const estates = await findAll(ctx.store.collection('estates'), input.city ? { city: input.city } : {})
      const sorted = estates.sort((a, b) => a.city.localeCompare(b.city, 'zh') || a.name.localeCompare(b.name, 'zh'))
      return ok({ items: sorted.map(listing) })
    },
  }),
  /** The estates where the caller has a role (their households and jobs), the current one first. */
  memberships: action({
    roles: ROLES,
    input: z.object({}),
    async run(_input, ctx) {
      const account = await ctx.store.collection('accounts').get(ctx.actor.openid)
      const ids = new Set([...(ctx.actor.estateId ? [ctx.actor.estateId] : []), ...(account?.memberships ?? [])])
      const items: Membership[] = []
      for (const estateId of ids) {
        const [estate, member] = await Promise.all([
          ctx.store.collection('estates').get(estateId),
          resolveActor(ctx.store.forEstate(estateId), ctx.actor.openid),
        ])
        // A membership since ended (moved out, left the staff) is no longer offered.
        if (estate && member.role !== 'guest' && member.role !== 'company_admin') {
          items.push({
            ...listing(estate),
            role: member.role,
            unitId: member.unitId,
            current: estateId === ctx.actor.estateId,
          })
        }
      }
      return ok({ items })
    },
  }),
  /**
   * Acts in another estate from now on: a household there, or (not a member) as a guest who may
   * apply or redeem a code. Answers the profile in that estate.
   */
  switchEstate: action({
    roles: ROLES,
    input: switchEstateSchema,
    async run(input, ctx) {
      const estate = await knownEstate(ctx.store, input.estateId)
      if (!estate.ok) return estate
      // Leaving an estate where they belong keeps it on the switcher, account or not before.
      const member = ctx.actor.estateId !== null && ctx.actor.role !== 'guest' && ctx.actor.role !== 'company_admin'
      if (member) await enterEstate(ctx.store, ctx.actor.openid, ctx.actor.estateId!, true)
      const entered = await enterEstate(ctx.store, ctx.actor.openid, input.estateId, false)
      if (!entered.ok) return entered
      const store = ctx.store.forEstate(input.estateId)
      return ok(await profileOf(store, await resolveActor(store, ctx.actor.openid)))
    },
  }),
}
