import { pageSchema } from '@core/estate/estate.schemas'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { findPage } from '../store/paging'

/** Manager actions of the `admin` function over the audit log. */
export const auditActions = {
  /** Newest first; optionally one manager's. */
  listAudit: action({
    roles: ['manager'],
    input: pageSchema.extend({ by: z.string().trim().min(1).max(128).optional() }),
    run: (input, ctx) =>
      findPage(
        ctx.store.collection('auditLog'),
        { where: input.by ? { by: input.by } : {}, orderBy: { field: 'at', direction: 'desc' } },
        input,
      ),
  }),
}
