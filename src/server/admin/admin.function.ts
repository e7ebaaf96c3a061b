import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import type { UserDoc } from '../identity/user.doc'
import { action, defineFunction } from '../define-function'

const STAFF_ROLES = ['maintenance', 'guard', 'manager'] as const

export const adminFunction = defineFunction('admin', {
  actions: {
    /** Staff the manager can hand jobs to. */
    listStaff: action({
      roles: ['manager'],
      input: z.object({ role: z.enum(STAFF_ROLES).default('maintenance') }),
      async run(input, { runtime }) {
        const staff = await runtime.store
          .collection<UserDoc>('users')
          .find({ where: { role: input.role }, limit: 1000 })
        return ok({ items: staff.map(({ id, name, role }) => ({ openid: id, name, role })) })
      },
    }),
  },
})
