import type { saveFeeItemSchema } from '@core/billing/billing.schemas'
import type { FeeItem } from '@core/billing/fee-item'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../action'
import { once } from '../idempotency/request-log'
import { updateDoc } from '../store/update-doc'
import { claimFeeItemName, releaseFeeItemName } from './fee-item-names'

type SaveInput = z.output<typeof saveFeeItemSchema>

/** Fee items are tens at most; the active ones are read whole. */
const ACTIVE_READ_LIMIT = 1000

const twinError = appError(ErrorCode.CONFLICT, 'an active fee item with this name and kind exists; edit it instead', {
  name: ['已有同名同类的收费项目，请直接编辑它'],
})

/**
 * Two active items with one name and kind would bill every unit twice for one period, so the
 * second is refused, also when two saves race (the name's claim, fee-item-names.ts); a new item is
 * created once per requestId.
 */
export async function saveFeeItem(ctx: ActionContext, input: SaveInput): Promise<Result<FeeItem>> {
  const { id, requestId: _requestId, ...fields } = input
  const feeItems = ctx.store.collection('feeItems')
  const now = ctx.now
  // Items saved before names were claimed hold no claim: the active list answers for them.
  const active = fields.active ? await feeItems.find({ where: { active: true }, limit: ACTIVE_READ_LIMIT }) : []
  const twin = active.find((item) => item.id !== id && item.name === fields.name && item.kind === fields.kind)
  if (twin) return fail(twinError)
  if (id !== undefined) return editFeeItem(ctx, id, fields)
  return once(ctx, 'billing.saveItem', input, async () => {
    const item: FeeItem = { id: ctx.runtime.newId(), version: 0, ...fields, createdAt: now, updatedAt: now }
    if (item.active && !(await claimFeeItemName(ctx, item, item.id))) return fail(twinError)
    const inserted = await feeItems.insert(item)
    return inserted ? ok(inserted) : fail(appError(ErrorCode.CONFLICT, 'fee item id already taken'))
  })
}

/** A rename or reactivation claims the new name first; the old one is given up once the edit is stored. */
async function editFeeItem(ctx: ActionContext, id: string, fields: Omit<SaveInput, 'id' | 'requestId'>) {
  const feeItems = ctx.store.collection('feeItems')
  const read = await feeItems.get(id)
  if (!read) return fail(appError(ErrorCode.NOT_FOUND, `no fee item ${id}`))
  if (fields.active && !(await claimFeeItemName(ctx, fields, id))) return fail(twinError)
  const saved = await updateDoc(feeItems, id, (item) => ok({ ...item, ...fields, updatedAt: ctx.now }), { read })
  if (!saved.ok) return saved
  const { before, doc } = saved.value
  const keptName = doc.active && doc.name === before.name && doc.kind === before.kind
  if (before.active && !keptName) await releaseFeeItemName(ctx, before, id)
  return ok(doc)
}
