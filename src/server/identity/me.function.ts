import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { ROLES } from '@core/identity/actor'
import { action, defineFunction } from '../define-function'

export const meFunction = defineFunction('me', {
  actions: {
    /** Who the platform says the caller is, and what the estate knows of them. */
    profile: action({
      roles: ROLES,
      input: z.object({}),
      run: async (_input, { actor }) => ok(actor),
    }),
  },
})
