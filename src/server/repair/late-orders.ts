import type { lateBoardSchema } from '@core/repair/repair.schemas'
import { OPEN_STATUSES, type WorkOrder } from '@core/repair/work-order'
import { byInstant } from '@core/shared/instant'
import type { Page } from '@core/shared/page'
import { ok, type Result } from '@core/shared/result'
import { addMinutes } from '@core/shared/time'
import type { z } from '@core/shared/zod'
import { findPage } from '../store/paging'
import type { Collection } from '../store/store.port'

/** How close to a deadline an open job must be to appear on the late board before it breaches. */
export const NEAR_DEADLINE_MINUTES = 10

/** Orders with a step due in the next minutes are few; one bounded indexed read covers them. */
const NEARING_READ_LIMIT = 200

/**
 * The managers' late board: every open order already overdue, oldest breach first (an indexed
 * range on `lateSince`, paged, so no number of open orders hides one), then on the last page the
 * orders whose next step falls within NEAR_DEADLINE_MINUTES, nearest first.
 */
export async function lateOrders(
  orders: Collection<WorkOrder>,
  now: string,
  input: z.output<typeof lateBoardSchema>,
): Promise<Result<Page<WorkOrder>>> {
  // Read side by side: the board usually fits one page, and then it needs both (the nearing list
  // read for an earlier page is a read thrown away, cheaper than a second round trip on every board).
  const [breached, due] = await Promise.all([
    findPage(orders, { where: { lateSince: { gt: '' } }, orderBy: { field: 'lateSince', direction: 'asc' } }, input),
    orders.find({
      where: { nextCheckAt: { lte: addMinutes(now, NEAR_DEADLINE_MINUTES) } },
      orderBy: { field: 'nextCheckAt', direction: 'asc' },
      limit: NEARING_READ_LIMIT,
    }),
  ])
  if (!breached.ok || breached.value.nextCursor !== null) return breached
  const nearing = due
    .filter((o) => OPEN_STATUSES.includes(o.status) && !o.lateSince)
    .sort((a, b) => byInstant(a.nextCheckAt!, b.nextCheckAt!))
  return ok({ items: [...breached.value.items, ...nearing], nextCursor: null })
}
