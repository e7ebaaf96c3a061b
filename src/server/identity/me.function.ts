import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { ROLES } from '@core/identity/actor'
import { action } from '../action'
import { defineFunction } from '../define-function'
import { publicEstateActions } from '../estate/estate.actions'
import { joinActions } from './onboarding.actions'
import { profileOf } from './profile'

export const meFunction = defineFunction('me', {
  actions: {
    /** Who the platform says the caller is, and what the estate knows of them (bound or not). */
    profile: action({
      roles: ROLES,
      input: z.object({}),
      run: async (_input, ctx) => ok(await profileOf(ctx.store, ctx.actor)),
    }),
    ...joinActions,
    ...publicEstateActions,
  },
})
