import type { WorkOrder } from '@core/repair/work-order'
import { MANAGER, residentOf, unitAt } from './estate-setup'
import { atLocal, dayOf, isOfficeHours, localMinute, MINUTE, OFFICE_FROM, OFFICE_TO } from './local-time'
import { PEOPLE } from './model'
import type { Report } from './traffic'
import { alertWorker, openJobs, wake } from './workers'
import type { World, Worker } from './world'

/** The office gives a job nobody has taken to a worker on duty and phones them. */
export async function handToWorker(world: World, orderId: string): Promise<void> {
  const order = await world.act(MANAGER, 'repair', { action: 'get', id: orderId })
  if (!order || order.status !== 'submitted') return
  const to = world.pickWorker(order.assigneeOpenid)
  if (!to) return
  if (await world.act(MANAGER, 'repair', { action: 'assign', id: orderId, staffOpenid: to.openid }))
    alertWorker(world, to, orderId)
}

export function managerBuzzed(world: World, orderId: string): void {
  if (!isOfficeHours(world.now)) return
  const react = PEOPLE.managerReact
  world.schedule(world.minutesFromNow(world.random.logNormal(react.mean, react.sd)), async () => {
    await world.allowPush(MANAGER)
    await handToWorker(world, orderId)
  })
}

/** The manager opens the late-jobs board now and then (with push too: pushes come on top). */
export function scheduleBoardCheck(world: World): void {
  world.schedule(world.minutesFromNow(world.random.exponential(PEOPLE.managerCheckEveryMinutes)), async () => {
    if (isOfficeHours(world.now)) {
      const board = await world.act<{ items: WorkOrder[] }>(MANAGER, 'repair', { action: 'late' })
      for (const o of board?.items ?? []) if (o.status === 'submitted') await handToWorker(world, o.id)
    }
    scheduleBoardCheck(world)
  })
}

/** The paper desk hands out the slips it collected since the last round. */
export async function deskRound(world: World): Promise<void> {
  for (;;) {
    const page = await world.act<{ items: WorkOrder[] }>(MANAGER, 'repair', {
      action: 'list',
      scope: 'dispatch',
      limit: 50,
    })
    const items = page?.items ?? []
    let handed = 0
    for (const o of items) {
      const to = world.pickWorker(null)
      if (to && (await world.act(MANAGER, 'repair', { action: 'assign', id: o.id, staffOpenid: to.openid }))) handed++
    }
    if (handed === 0 || items.length < 50) return
  }
}

/** At a shift change: grids follow the roster; workers going off hand over what they have not started. */
export async function shiftChange(world: World, grids: Grids): Promise<void> {
  const { now, workers } = world
  if (world.policy.gridsFollowRoster) await grids.point()
  for (const w of workers) {
    const wasOn = world.onShift(w, now - MINUTE) || world.onCall(w, now - MINUTE)
    if (wasOn && !world.onShift(w, now) && !world.onCall(w, now)) await handOver(world, w)
  }
  for (const w of workers) if (world.onShift(w, now) && !world.onShift(w, now - MINUTE)) await wake(world, w)
}

async function handOver(world: World, w: Worker) {
  for (const o of await openJobs(world, w)) {
    if ((o.status !== 'submitted' && o.status !== 'accepted') || o.id === w.current) continue
    const to = world.pickWorker(w.openid)
    if (!to || !world.onShift(to, world.now)) continue
    const moved =
      o.status === 'submitted'
        ? await world.act(MANAGER, 'repair', { action: 'assign', id: o.id, staffOpenid: to.openid })
        : await world.act(w.openid, 'repair', { action: 'transfer', id: o.id, toOpenid: to.openid, reason: '交班' })
    if (moved) alertWorker(world, to, o.id)
  }
}

/** The estate's grids, one per worker (buildings dealt round), each pointed at a worker on duty. */
export class Grids {
  private readonly grids: { id: string | null; buildings: string[]; publicAreas: boolean; owner: string | null }[]

  constructor(
    private readonly world: World,
    buildingCount: number,
  ) {
    const buildings = Array.from({ length: buildingCount }, (_, b) => `S${b + 1}`)
    const n = world.workers.length
    this.grids = world.workers.map((_, g) => ({
      id: null,
      buildings: buildings.filter((_, b) => b % n === g),
      publicAreas: g === 0,
      owner: null,
    }))
  }

  async point(): Promise<void> {
    const { world } = this
    for (const [index, grid] of this.grids.entries()) {
      const home = world.workers[index % world.workers.length]!
      const owner = world.onShift(home, world.now) ? home : world.pickWorker(null)
      if (!owner || owner.openid === grid.owner) continue
      const saved = await world.act<{ id: string }>(MANAGER, 'admin', {
        action: 'saveGrid',
        ...(grid.id ? { id: grid.id } : {}),
        name: `网格${index + 1}`,
        buildings: grid.buildings,
        publicAreas: grid.publicAreas,
        ownerOpenid: owner.openid,
      })
      if (saved) Object.assign(grid, { id: saved.id, owner: owner.openid })
    }
  }
}

// ---- households --------------------------------------------------------------------------------

/** A household reports a repair; at the desk an urgent call is phoned straight on. */
export async function report(world: World, r: Report): Promise<void> {
  const unit = unitAt(r.unitIndex)
  const order = await world.act(residentOf(r.unitIndex), 'repair', {
    action: 'create',
    category: r.category,
    priority: r.priority,
    description: r.burst ? `${unit.building}栋水管爆裂，家里进水` : '家里需要维修',
  })
  if (!order) throw new Error(`a household could not report a repair at ${new Date(world.now).toISOString()}`)
  world.tracked.set(order.id, { report: r, order, reopened: false, partsHeld: false, partsReadyAt: null })
  if (world.policy.dispatch === 'manager' && r.priority === 'urgent') await handToWorker(world, order.id)
  scheduleChase(world, order.id, r)
}

/** A household whose job nobody has taken phones the office to chase it. */
function scheduleChase(world: World, orderId: string, r: Report) {
  let at = world.minutesFromNow(PEOPLE.chaseAfterMinutes[r.priority])
  if (r.priority === 'normal' && !isOfficeHours(at)) {
    const day = localMinute(at) >= OFFICE_TO ? dayOf(at) + 1 : dayOf(at)
    at = atLocal(day, OFFICE_FROM) + 30 * MINUTE
  }
  world.schedule(at, async () => {
    const seen = await world.act(residentOf(r.unitIndex), 'repair', { action: 'get', id: orderId })
    if (!seen || seen.status !== 'submitted') return
    world.complaints++
    await handToWorker(world, orderId)
  })
}
