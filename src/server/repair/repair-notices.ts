import { CATEGORY_LABEL, TIMER_LABEL } from '@core/repair/repair.labels'
import type { WorkOrder } from '@core/repair/work-order'
import type { FiredStep } from '@core/repair/work-order.machine'
import { formatLocal } from '@core/shared/time'
import { gridsCollection } from '../estate/estate-settings'
import type { UserDoc } from '../identity/user.doc'
import { postMessages, type NewMessage } from '../inbox/inbox.messages'
import type { Runtime } from '../runtime/runtime'
import type { Store } from '../store/store.port'

const HANDOVER_EVENTS = new Set(['dispatched', 'assigned', 'transferred'])

const subject = (order: WorkOrder) => `${order.unitId} ${CATEGORY_LABEL[order.category]}${order.priority === 'urgent' ? '（紧急）' : ''}`

const message = (order: WorkOrder, toOpenid: string, kind: string, title: string, body: string): NewMessage => ({
  toOpenid,
  kind,
  title,
  body,
  ref: { type: 'repair', id: order.id },
})

async function managers(store: Store): Promise<string[]> {
  const found = await store.collection<UserDoc>('users').find({ where: { role: 'manager' }, limit: 100 })
  return found.map((u) => u.id)
}

/** The grid owner answers for breaches in their grid; without a grid, the managers do. */
async function gridOwnerOrManagers(store: Store, order: WorkOrder): Promise<string[]> {
  const grid = order.gridId ? await gridsCollection(store).get(order.gridId) : null
  return grid ? [grid.ownerOpenid] : managers(store)
}

/** Tells the worker a job has just been put in their hands (grid dispatch, manager dispatch, handover). */
export async function notifyAssignment(runtime: Runtime, order: WorkOrder): Promise<void> {
  const last = order.timeline[order.timeline.length - 1]
  if (!order.assigneeOpenid || !last || !HANDOVER_EVENTS.has(last.type)) return
  const body = `${subject(order)}：${order.description.slice(0, 40)}`
  await postMessages(runtime.store, [message(order, order.assigneeOpenid, 'repair_assigned', '您有新的维修工单', body)], runtime.clock.now(), runtime.newId)
}

/**
 * The escalation ladder's messages: the warning goes to whoever holds the job (the grid owner while
 * nobody does), the breach to the grid owner, the escalation to the managers.
 */
export async function notifyLadder(runtime: Runtime, order: WorkOrder, fired: readonly FiredStep[]): Promise<void> {
  const messages: NewMessage[] = []
  for (const { timer, step } of fired) {
    const what = `${subject(order)} ${TIMER_LABEL[timer]}`
    if (step === 'warning') {
      const to = order.assigneeOpenid ? [order.assigneeOpenid] : await gridOwnerOrManagers(runtime.store, order)
      const body = `${what}将于 ${formatLocal(order.deadlines[timer], 'MM-DD HH:mm')} 到期，请尽快处理`
      messages.push(...to.map((id) => message(order, id, 'repair_warning', '工单即将超时', body)))
    } else if (step === 'overdue') {
      const to = await gridOwnerOrManagers(runtime.store, order)
      messages.push(...to.map((id) => message(order, id, 'repair_overdue', '工单已超时', `${what}已超时，请立即跟进`)))
    } else {
      const to = await managers(runtime.store)
      messages.push(...to.map((id) => message(order, id, 'repair_escalated', '超时工单已升级', `${what}超时仍未处理，已升级至物业经理`)))
    }
  }
  await postMessages(runtime.store, messages, runtime.clock.now(), runtime.newId)
}
