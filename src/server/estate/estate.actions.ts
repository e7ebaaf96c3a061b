import { ESTATE_PROFILE_ID, type PublicInfo, type UnitRow } from '@core/estate/estate'
import { importUnitsSchema, listUnitsSchema, saveEstateProfileSchema } from '@core/estate/estate.schemas'
import { OFFICE_ROLES, ROLES } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { estateId as estateIdSchema } from '@core/estate/company.schemas'
import { action } from '../action'
import { listBuildings, loadProfile, saveProfile, unitsOf } from './estate.repository'
import { importUnits } from './import-units'
import { BY_ID, findUpTo } from '../store/paging'

/** Unit ids per `in` query: short lists, as the CloudBase adapter batches ids. */
const UNIT_BATCH = 100
/** A bound on one batch's residents: ten per unit is already a crowded home. */
const RESIDENTS_PER_BATCH = 10 * UNIT_BATCH

/** The `me` action anyone may call, bound or not: what the estate shows the public. */
export const publicEstateActions = {
  /** The estate the caller acts in, or the one named (the picker's choice, before applying). */
  publicInfo: action({
    roles: ROLES,
    input: z.object({ estateId: estateIdSchema.optional() }),
    async run(input, ctx) {
      const estateId = input.estateId ?? ctx.actor.estateId
      if (estateId === null) {
        return fail(appError(ErrorCode.VALIDATION_FAILED, 'pick an estate first', { estateId: ['请先选择小区'] }))
      }
      if (!(await ctx.store.collection('estates').get(estateId))) {
        return fail(appError(ErrorCode.VALIDATION_FAILED, 'no such estate', { estateId: ['没有这个小区'] }))
      }
      const store = ctx.store.forEstate(estateId)
      const [profile, buildings] = await Promise.all([loadProfile(store), listBuildings(store)])
      const { name, address, servicePhone, publicAreas } = profile
      const info: PublicInfo = {
        name,
        address,
        servicePhone,
        publicAreas,
        buildings: buildings.map((b) => ({ code: b.code, name: b.name })),
      }
      return ok(info)
    },
  }),
}

/** Manager actions of the `admin` function over the estate's layout. */
export const estateActions = {
  listBuildings: action({
    roles: OFFICE_ROLES,
    input: z.object({}),
    run: async (_input, ctx) => ok({ items: await listBuildings(ctx.store) }),
  }),
  /** One building's units in floor and room order, each with how many residents are bound to it. */
  listUnits: action({
    roles: ['manager'],
    input: listUnitsSchema,
    async run(input, ctx) {
      const units = await unitsOf(ctx.store, input.building)
      const counts = new Map<string, number>()
      // One indexed read per batch of units rather than one per unit.
      for (let i = 0; i < units.length; i += UNIT_BATCH) {
        const ids = units.slice(i, i + UNIT_BATCH).map((u) => u.id)
        const { items } = await findUpTo(
          ctx.store.collection('users'),
          { where: { unitId: { in: ids } }, orderBy: BY_ID },
          RESIDENTS_PER_BATCH,
        )
        for (const { unitId } of items) if (unitId) counts.set(unitId, (counts.get(unitId) ?? 0) + 1)
      }
      const items: UnitRow[] = units.map((unit) => ({ ...unit, residents: counts.get(unit.id) ?? 0 }))
      return ok({ items })
    },
  }),
  /** Loads buildings and units from CSV; one bad row imports nothing and is named by its row number. */
  importUnits: action({
    roles: ['manager'],
    audit: true,
    input: importUnitsSchema,
    run: (input, ctx) => importUnits(ctx.store, input.csv),
  }),
  getEstateProfile: action({
    roles: OFFICE_ROLES,
    input: z.object({}),
    run: async (_input, ctx) => ok(await loadProfile(ctx.store)),
  }),
  saveEstateProfile: action({
    roles: ['manager'],
    audit: true,
    input: saveEstateProfileSchema.extend({ version: z.number().int().min(0) }),
    async run(input, ctx) {
      // Saved from the version the manager edited: a concurrent edit is reported, not overwritten.
      const saved = await saveProfile(ctx.store, { ...input, id: ESTATE_PROFILE_ID })
      return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'another manager saved first; reload and try again'))
    },
  }),
}
