import type { WorkOrder } from '@core/repair/work-order'
import { residentOf } from './estate-setup'
import { PEOPLE } from './model'
import type { Report } from './traffic'
import type { Tracked, World } from './world'

/** After a job is done the household confirms and rates it some time later, or reopens it if the fix failed. */
export function householdAfterCompletion(world: World, t: Tracked): void {
  const r = t.report
  const fails = r.fixFails && !t.reopened
  const after = r.confirmAfterMinutes ?? (fails ? PEOPLE.confirmAfter.mean : null)
  if (after === null) return
  world.schedule(world.minutesFromNow(after), async () => {
    const household = residentOf(r.unitIndex)
    if (fails) {
      t.reopened = true
      await world.act(household, 'repair', { action: 'reopen', id: t.order.id, reason: '还是不行，又坏了' })
      return
    }
    const order = await world.act(household, 'repair', { action: 'get', id: t.order.id })
    if (order?.status === 'completed') {
      await world.act(household, 'repair', { action: 'confirm', id: order.id, rating: stars(order, r) })
    }
  })
}

/** The household's stars, from what it lived through (PEOPLE.rating). */
export function stars(order: WorkOrder, r: Report): number {
  const rules = PEOPLE.rating
  const waited = order.durations.wallMinutes.response ?? 0
  let stars = 5
  if (waited > rules.slowResponseMinutes) stars--
  if (waited > rules.verySlowResponseMinutes) stars--
  if (Object.values(order.overdue).some((at) => at !== null)) stars--
  if (order.reopenCount > 0) stars--
  if (r.harderToPlease) stars--
  return Math.max(1, stars)
}
