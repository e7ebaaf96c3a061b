import type { Actor } from '@core/identity/actor'
import type { OrderContact } from '@core/repair/order-contact'
import type { WorkOrder } from '@core/repair/work-order'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { loadProfile } from '../estate/estate.repository'
import type { Store } from '../store/store.port'

const DESK_NAME = '物业服务中心'

/**
 * The phone number behind an order's call button: the household reaches whoever holds the job (the
 * service desk while nobody does); the holder or first responder reaches the household.
 */
export async function orderContact(store: Store, order: WorkOrder, actor: Actor): Promise<Result<OrderContact>> {
  const users = store.collection('users')
  if (actor.role === 'resident') {
    const worker = order.assigneeOpenid ? await users.get(order.assigneeOpenid) : null
    if (worker?.phone) return ok({ kind: 'worker', name: worker.name, phone: worker.phone })
    return ok({ kind: 'desk', name: DESK_NAME, phone: (await loadProfile(store)).servicePhone })
  }
  const involved = order.assigneeOpenid === actor.openid || order.firstResponderOpenid === actor.openid
  if (actor.role === 'maintenance' && !involved)
    return fail(appError(ErrorCode.FORBIDDEN, 'only the worker on the job calls the household'))
  const resident = await users.get(order.residentOpenid)
  return ok({ kind: 'resident', name: order.residentName, phone: resident?.phone ?? '' })
}
