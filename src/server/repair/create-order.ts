import type { createRepairSchema } from '@core/repair/repair.schemas'
import { SlaRules } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { createWorkOrder } from '@core/repair/work-order.machine'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { ActionContext } from '../define-function'
import { loadSettings } from '../estate/estate-settings'
import { once } from '../idempotency/request-log'
import { takeRepairCreateSlot } from '../limits/abuse-limits'
import { dispatchFor } from './dispatch'
import { notifyChanges } from './repair-notices'
import { workOrders } from './work-order.repository'

type CreateInput = z.output<typeof createRepairSchema>

/**
 * A resident reports a repair: once per requestId, within the household's hourly and daily limits
 * (a slot is taken before the order is written and given back when it is not).
 */
export function createOrder(ctx: ActionContext, input: CreateInput): Promise<Result<WorkOrder>> {
  return once(ctx, 'repair.create', input, async () => {
    const { runtime, actor } = ctx
    const owned = await runtime.files.checkOwned(input.photos, actor)
    if (!owned.ok) return owned
    const now = runtime.clock.now()
    const slot = await takeRepairCreateSlot(runtime.store, actor.unitId ?? actor.openid, now)
    if (!slot.ok) return fail(slot.error)
    const created = await writeOrder(ctx, input, now.toISOString())
    if (!created.ok) await slot.held.release()
    return created
  })
}

async function writeOrder(ctx: ActionContext, input: CreateInput, now: string): Promise<Result<WorkOrder>> {
  const { runtime, actor } = ctx
  // One read of the estate's settings serves both the SLA terms and the dispatch mode.
  const settings = await loadSettings(runtime.store)
  const rules = new SlaRules(settings.sla)
  const dispatch = await dispatchFor(runtime.store, settings, actor, input.category)
  const { requestId: _requestId, ...fields } = input
  const order = createWorkOrder({ id: runtime.newId(), ...fields }, actor, now, rules, dispatch)
  if (!order.ok) return order
  const saved = await workOrders(runtime.store).insert(order.value)
  if (!saved) return fail(appError(ErrorCode.CONFLICT, 'order id already taken'))
  await runtime.files.attach(input.photos, saved.id)
  await notifyChanges(runtime, rules, null, saved)
  return ok(saved)
}
