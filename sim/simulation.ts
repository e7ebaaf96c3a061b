import { CATEGORIES, type WorkOrder } from '@core/repair/work-order'
import type { EstateHost, PhoneBuzz } from './estate-host'
import { MANAGER, workerOpenid } from './estate-setup'
import { atLocal, clockMinutes, DAY, MINUTE, NIGHT_FROM, NIGHT_TO, OFFICE_FROM, START_MS } from './local-time'
import { BASELINE, DEFAULTS, PEOPLE } from './model'
import { deskRound, Grids, managerBuzzed, report, scheduleBoardCheck, shiftChange } from './office'
import type { Policy } from './policies'
import { Random } from './random'
import { buildingCount, type Report } from './traffic'
import { alertWorker } from './workers'
import { World, type Shift } from './world'

export type { Shift } from './world'

export interface RunOptions {
  policy: Policy
  workers: number
  days: number
  seed: number
  traffic: Report[]
  /** The day shifts workers alternate between (default PEOPLE.shifts). */
  shifts?: readonly Shift[]
}

export interface RunOutcome {
  orders: WorkOrder[]
  /** Households that phoned to chase a job nobody had taken. */
  complaints: number
  /** Handler calls by `function.action`. */
  calls: Record<string, number>
}

/**
 * One month of estate life under one policy. Households, workers and the office act only through
 * `host.call` (the functions' public actions); the slaSweep timer fires on whole minutes, and only
 * when some order's next check is due.
 */
export async function runMonth(host: EstateHost, options: RunOptions): Promise<RunOutcome> {
  const { policy, days } = options
  const random = new Random(options.seed).fork(`people:${policy.name}:${options.workers}`)
  const workerIds = Array.from({ length: options.workers }, (_, index) => workerOpenid(index))
  const end = START_MS + (days + DEFAULTS.drainDays) * DAY
  const shifts = options.shifts ?? PEOPLE.shifts
  const world = new World(host, policy, random, workerIds, shifts, START_MS, end)
  const grids = new Grids(world, buildingCount(maxUnitIndex(options.traffic) + 1))

  // ---- setting up the policy -------------------------------------------------------------------

  for (const category of CATEGORIES) {
    if (!(await world.act(MANAGER, 'admin', { action: 'setDispatch', category, mode: policy.dispatch }))) {
      throw new Error(`the office could not set the dispatch of ${category}`)
    }
  }
  if (policy.dispatch === 'grid') await grids.point()
  if (policy.push) {
    const subs = await world.act<{ items: { templateId: string }[] }>(MANAGER, 'inbox', { action: 'subscriptions' })
    world.consentAnswers = Object.fromEntries((subs?.items ?? []).map((s) => [s.templateId, 'accept']))
    const byOpenid = new Map(world.workers.map((w) => [w.openid, w]))
    host.onPush((buzz: PhoneBuzz) => {
      if (!buzz.orderId) return
      const w = byOpenid.get(buzz.toOpenid)
      if (w) alertWorker(world, w, buzz.orderId)
      else if (buzz.toOpenid === MANAGER) managerBuzzed(world, buzz.orderId)
    })
  }
  if (policy.sweep) scheduleBoardCheck(world)

  // ---- the month -------------------------------------------------------------------------------

  for (const r of options.traffic) world.schedule(START_MS + Math.round(r.at * MINUTE), () => report(world, r))
  const changes = new Set<number>([...world.shifts.flatMap((s) => [s.from, s.to]), NIGHT_FROM, NIGHT_TO])
  for (let day = 0; day < days + DEFAULTS.drainDays; day++) {
    if (policy.push) {
      world.schedule(atLocal(day, OFFICE_FROM) - MINUTE, async () => {
        for (const openid of [MANAGER, ...workerIds]) await world.topUpConsent(openid)
      })
    }
    for (const minute of changes) world.schedule(atLocal(day, minute), () => shiftChange(world, grids))
    if (policy.dispatch === 'manager') {
      for (const round of BASELINE.deskRounds) world.schedule(atLocal(day, clockMinutes(round)), () => deskRound(world))
    }
  }
  for (let event = world.queue.pop(); event; event = world.queue.pop()) {
    world.now = event.at
    host.setClock(new Date(world.now))
    await event.run()
  }

  return { orders: await allOrders(world), complaints: world.complaints, calls: Object.fromEntries(host.calls) }
}

async function allOrders(world: World): Promise<WorkOrder[]> {
  const orders: WorkOrder[] = []
  let cursor: string | undefined
  do {
    const page = await world.act<{ items: WorkOrder[]; nextCursor: string | null }>(MANAGER, 'repair', {
      action: 'list',
      scope: 'all',
      limit: 50,
      ...(cursor ? { cursor } : {}),
    })
    if (!page) throw new Error('the office could not list the orders')
    orders.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return orders
}

const maxUnitIndex = (traffic: Report[]) => traffic.reduce((max, r) => Math.max(max, r.unitIndex), 0)
