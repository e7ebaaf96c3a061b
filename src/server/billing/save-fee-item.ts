import type { saveFeeItemSchema } from '@core/billing/billing.schemas'
import type { FeeItem } from '@core/billing/fee-item'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { once } from '../idempotency/request-log'
import { updateDoc } from '../store/update-doc'

type SaveInput = z.output<typeof saveFeeItemSchema>

/** Fee items are tens at most; the active ones are read whole. */
const ACTIVE_READ_LIMIT = 1000

const twinError = appError(ErrorCode.CONFLICT, 'an active fee item with this name and kind exists; edit it instead', {
  name: ['已有同名同类的收费项目，请直接编辑它'],
})

/**
 * Two active items with one name and kind would bill every unit twice for one period, so the
 * second is refused; a new item is created once per requestId.
 */
export async function saveFeeItem(ctx: ActionContext, input: SaveInput): Promise<Result<FeeItem>> {
  const { id, requestId: _requestId, ...fields } = input
  const feeItems = ctx.store.collection('feeItems')
  const now = ctx.now
  const active = fields.active ? await feeItems.find({ where: { active: true }, limit: ACTIVE_READ_LIMIT }) : []
  const twin = active.find((item) => item.id !== id && item.name === fields.name && item.kind === fields.kind)
  if (twin) return fail(twinError)
  if (id !== undefined) {
    const saved = await updateDoc(feeItems, id, (item) => ok({ ...item, ...fields, updatedAt: now }))
    return saved.ok ? ok(saved.value.doc) : saved
  }
  return once(ctx, 'billing.saveItem', input, async () => {
    const item: FeeItem = { id: ctx.runtime.newId(), version: 0, ...fields, createdAt: now, updatedAt: now }
    const inserted = await feeItems.insert(item)
    return inserted ? ok(inserted) : fail(appError(ErrorCode.CONFLICT, 'fee item id already taken'))
  })
}
