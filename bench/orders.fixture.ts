import type { Actor } from '@core/identity/actor'
import type { SlaRules } from '@core/repair/sla'
import { CATEGORIES, type Priority, type WorkOrder } from '@core/repair/work-order'
import { createWorkOrder, type Dispatch } from '@core/repair/work-order.creation'
import { accept, complete, confirm, start } from '@core/repair/work-order.machine'
import type { Result } from '@core/shared/result'
import { addMinutes, type IsoTime } from '@core/shared/time'
import { SEED_USERS } from '@server/local/seed'

const actorOf = (openid: string): Actor => {
  const user = SEED_USERS.find((u) => u.id === openid)!
  return { openid: user.id, role: user.role, unitId: user.unitId, name: user.name }
}
const RESIDENTS = [actorOf('resident-1'), actorOf('resident-2')]
const STAFF = actorOf('staff-1')
const POOL: Dispatch = { mode: 'pool', gridId: null, gridOwner: null }

/** One in this many stored orders is open but not yet due; the rest of the history is closed. */
const OPEN_EVERY = 50
/** Distinct closed jobs the history is cloned from: every category and resident, some urgent. */
const HISTORY_TEMPLATES = 70
const DAY_MINUTES = 24 * 60
/** Orders not due must stay so while the host clock ticks on through a bench case. */
const NOT_DUE_MARGIN_MINUTES = 10

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

/** A job from submission to where the fixture needs it, through the real state machine. */
function underWay(
  i: number,
  minutesAgo: number,
  priority: Priority,
  now: IsoTime,
  rules: SlaRules,
  newId: () => string,
) {
  const resident = RESIDENTS[i % RESIDENTS.length]!
  const createdAt = addMinutes(now, -minutesAgo)
  const at = (minutes: number) => addMinutes(createdAt, minutes)
  const input = {
    id: newId(),
    category: CATEGORIES[i % CATEGORIES.length]!,
    priority,
    description: `卫生间地漏返水，楼下天花板有水渍 #${i}`,
    photos: [],
  }
  const created = value(createWorkOrder(input, resident, createdAt, rules, POOL))
  const started = value(start(value(accept(created, STAFF, at(5), rules)), STAFF, at(20), rules))
  return {
    started,
    closed: () =>
      value(confirm(value(complete(started, STAFF, at(60), rules, {})), resident, at(120), rules, { stars: 5 })),
  }
}

/**
 * `total` orders, of which exactly `due` have a check due at `now`:
 * - due: urgent jobs under way for 195-230 minutes, past the resolution warning (192) and short of
 *   the deadline (240), so a sweep fires one warning each and they leave the due range;
 * - open: normal jobs under way for one to three hours, next check hours away;
 * - closed: a year of finished jobs with no next check (`nextCheckAt` null).
 * Due and open orders go through the state machine. The history is cloned from machine-made
 * templates with a fresh id and createdAt: its other indexed fields (status, unit, assignee, a null
 * nextCheckAt) repeat anyway, and 100k full histories through the SLA calendar took ~25 s here.
 * Due orders are spread through the list so they are not neighbours on disk.
 */
export function makeOrders(
  total: number,
  due: number,
  now: IsoTime,
  rules: SlaRules,
  newId: () => string,
): WorkOrder[] {
  const stride = Math.floor(total / due)
  const templates = Array.from({ length: HISTORY_TEMPLATES }, (_, i) =>
    underWay(i, 2 * DAY_MINUTES, i % 10 === 0 ? 'urgent' : 'normal', now, rules, newId).closed(),
  )
  const orders = Array.from({ length: total }, (_, i): WorkOrder => {
    if (i % stride === 0 && i / stride < due) return underWay(i, 195 + (i % 35), 'urgent', now, rules, newId).started
    if (i % OPEN_EVERY === 1) return underWay(i, 60 + (i % 120), 'normal', now, rules, newId).started
    const createdAt = addMinutes(now, -(2 * DAY_MINUTES + ((i * 37) % (360 * DAY_MINUTES))))
    return { ...templates[i % HISTORY_TEMPLATES]!, id: newId(), createdAt }
  })
  checkDue(orders, due, now)
  return orders
}

/** The premise of the sweep figures, checked rather than assumed, since SLA rules change. */
function checkDue(orders: readonly WorkOrder[], due: number, now: IsoTime): void {
  const soon = addMinutes(now, NOT_DUE_MARGIN_MINUTES)
  const dueNow = orders.filter((o) => o.nextCheckAt !== null && o.nextCheckAt <= now).length
  const tooClose = orders.filter((o) => o.nextCheckAt !== null && o.nextCheckAt > now && o.nextCheckAt <= soon).length
  if (dueNow !== due || tooClose > 0) {
    throw new Error(
      `fixture: ${dueNow} orders due (wanted ${due}), ${tooClose} due within ${NOT_DUE_MARGIN_MINUTES} min (wanted 0)`,
    )
  }
}
