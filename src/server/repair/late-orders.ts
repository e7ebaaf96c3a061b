import type { Collection } from '../store/store.port'
import { OPEN_STATUSES, TIMERS, type WorkOrder } from '@core/repair/work-order'
import { addMinutes, type IsoTime } from '@core/shared/time'

/** How close to a deadline an open job must be to appear on the late board before it breaches. */
export const NEAR_DEADLINE_MINUTES = 10

/** Open jobs are few next to the history, so one indexed read of them bounds this board. */
const OPEN_ORDERS_READ_LIMIT = 1000

const firstBreach = (order: WorkOrder): string | null =>
  TIMERS.map((t) => order.overdue[t])
    .filter((at): at is string => at !== null)
    .sort()[0] ?? null

/**
 * The managers' late board: every open order already overdue (oldest breach first), then those
 * whose next deadline falls within NEAR_DEADLINE_MINUTES (nearest first).
 */
export async function lateOrders(orders: Collection<WorkOrder>, now: IsoTime): Promise<{ items: WorkOrder[] }> {
  const open = await orders.find({
    where: { status: { in: [...OPEN_STATUSES] } },
    orderBy: { field: 'createdAt', direction: 'asc' },
    limit: OPEN_ORDERS_READ_LIMIT,
  })
  const soon = addMinutes(now, NEAR_DEADLINE_MINUTES)
  const breached = open.filter((o) => firstBreach(o) !== null)
  const nearing = open.filter((o) => firstBreach(o) === null && o.nextCheckAt !== null && o.nextCheckAt <= soon)
  breached.sort((a, b) => firstBreach(a)!.localeCompare(firstBreach(b)!))
  nearing.sort((a, b) => a.nextCheckAt!.localeCompare(b.nextCheckAt!))
  return { items: [...breached, ...nearing] }
}
