import type { WorkOrder } from '@core/repair/work-order'
import { householdAfterCompletion } from './household-verdict'
import { PEOPLE } from './model'
import type { World, Worker } from './world'

/** The worker's open jobs as the app lists them (three short, indexed lists) plus holds whose parts came. */
export async function openJobs(world: World, w: Worker): Promise<WorkOrder[]> {
  const jobs: WorkOrder[] = []
  for (const status of ['submitted', 'accepted', 'in_progress'] as const) {
    const page = await world.act<{ items: WorkOrder[] }>(w.openid, 'repair', {
      action: 'list',
      scope: 'assigned',
      status,
      limit: 50,
    })
    jobs.push(...(page?.items ?? []))
  }
  // A worker remembers the jobs they paused for parts; the supplier rings when the parts are in.
  for (const t of world.tracked.values()) {
    if (
      t.order.status === 'on_hold' &&
      t.order.assigneeOpenid === w.openid &&
      (t.partsReadyAt ?? Infinity) <= world.now
    )
      jobs.push(t.order)
  }
  return jobs
}

const urgency = (o: WorkOrder) => (o.priority === 'urgent' ? 0 : 1)

/** A free worker looks for work: their own jobs first, then (pool policies, in the day) the pool. */
export async function wake(world: World, w: Worker): Promise<void> {
  if (w.state === 'busy') return
  const day = world.onShift(w, world.now)
  const night = !day && world.onCall(w, world.now)
  if (!day && !night) return
  w.generation++
  w.state = 'free'
  const mine = (await openJobs(world, w)).filter((o) => day || o.priority === 'urgent')
  for (const o of mine)
    if (o.status === 'submitted') await world.act(w.openid, 'repair', { action: 'accept', id: o.id })
  const ready = mine
    .map((o) => world.tracked.get(o.id)?.order ?? o)
    .filter((o) => o.status !== 'submitted')
    .sort((a, b) => urgency(a) - urgency(b) || a.createdAt.localeCompare(b.createdAt))
  if (ready[0]) return doJob(world, w, ready[0])
  if (day && world.policy.dispatch === 'pool') {
    const pool = await world.act<{ items: WorkOrder[] }>(w.openid, 'repair', {
      action: 'list',
      scope: 'pool',
      limit: 20,
    })
    for (const o of pool?.items ?? []) {
      if (world.random.chance(PEOPLE.overlookPoolJobChance)) continue
      const taken = await world.act(w.openid, 'repair', { action: 'accept', id: o.id })
      if (taken) return doJob(world, w, taken)
    }
  }
  if (!day) return
  // Nothing to do: routine rounds until the next look.
  w.state = 'routine'
  const generation = w.generation
  world.schedule(world.minutesFromNow(world.random.exponential(PEOPLE.checkEveryMinutes)), async () => {
    if (w.generation === generation && w.state === 'routine') await wake(world, w)
  })
}

async function doJob(world: World, w: Worker, order: WorkOrder) {
  const t = world.tracked.get(order.id)!
  w.state = 'busy'
  w.current = order.id
  w.generation++
  if (order.status === 'on_hold') await world.act(w.openid, 'repair', { action: 'resume', id: order.id })
  const revisit = t.partsHeld || t.reopened
  world.schedule(world.minutesFromNow(t.report.travelMinutes), async () => {
    if (t.order.status === 'accepted') await world.act(w.openid, 'repair', { action: 'start', id: order.id })
    const minutes = t.report.repairMinutes * (revisit ? 0.5 : 1)
    world.schedule(world.minutesFromNow(minutes), async () => {
      if (t.report.partsDelayMinutes !== null && !t.partsHeld) {
        t.partsHeld = true
        t.partsReadyAt = world.minutesFromNow(t.report.partsDelayMinutes)
        await world.act(w.openid, 'repair', { action: 'hold', id: order.id, reason: 'parts' })
      } else {
        const done = await world.act(w.openid, 'repair', { action: 'complete', id: order.id, note: '已修好' })
        if (done) householdAfterCompletion(world, t)
      }
      // Back to the workshop, then the next job.
      world.schedule(world.minutesFromNow(t.report.travelMinutes), async () => {
        w.state = 'free'
        w.current = null
        await wake(world, w)
      })
    })
  })
}

/** A push or a phone call: the worker taps accept a few minutes later, then goes if free. */
export function alertWorker(world: World, w: Worker, orderId: string): void {
  const night = !world.onShift(w, world.now) && world.onCall(w, world.now)
  if (!world.onShift(w, world.now) && !night) return
  const react = night ? PEOPLE.reactAtNight : PEOPLE.reactToPush
  world.schedule(world.minutesFromNow(world.random.logNormal(react.mean, react.sd)), async () => {
    if (world.policy.push) await world.allowPush(w.openid)
    const order = await world.act(w.openid, 'repair', { action: 'get', id: orderId })
    if (!order || (night && order.priority !== 'urgent')) return
    if (order.status === 'submitted' && order.assigneeOpenid === w.openid) {
      await world.act(w.openid, 'repair', { action: 'accept', id: orderId })
    }
    if (w.state !== 'busy') await wake(world, w)
  })
}
