import type { Envelope } from '@core/shared/envelope'
import { CATEGORIES, type WorkOrder } from '@core/repair/work-order'
import type { EstateHost, PhoneBuzz } from './estate-adapter'
import { MANAGER, residentOf, unitAt, workerOpenid } from './estate-setup'
import { EventQueue } from './event-queue'
import { BASELINE, DEFAULTS, PEOPLE, START } from './model'
import type { Policy } from './policies'
import { Random } from './random'
import { buildingCount, type Report } from './traffic'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const LOCAL_OFFSET = 8 * 60 * MINUTE
const START_MS = Date.parse(START)

const clockMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h! * 60 + m!
}
/** Minutes since local midnight, and the run's day number, of an instant. */
const localMinute = (at: number) => Math.floor(((at + LOCAL_OFFSET) % DAY) / MINUTE)
const dayOf = (at: number) => Math.floor((at - START_MS) / DAY)
const atLocal = (day: number, minute: number) => START_MS + day * DAY + minute * MINUTE

const OFFICE_FROM = clockMinutes(PEOPLE.officeHours.from)
const OFFICE_TO = clockMinutes(PEOPLE.officeHours.to)
const NIGHT_FROM = OFFICE_TO
const NIGHT_TO = OFFICE_FROM
const SHIFTS = PEOPLE.shifts.map((s) => ({ from: clockMinutes(s.from), to: clockMinutes(s.to) }))
const isOfficeHours = (at: number) => localMinute(at) >= OFFICE_FROM && localMinute(at) < OFFICE_TO

interface Worker {
  openid: string
  index: number
  state: 'free' | 'routine' | 'busy'
  /** The order they are on while busy. */
  current: string | null
  /** Bumped whenever a pending routine check should be forgotten (the worker was called away). */
  generation: number
}

/** What the simulation remembers about an order: its report, and the last copy any reply showed. */
interface Tracked {
  report: Report
  order: WorkOrder
  reopened: boolean
  partsHeld: boolean
  partsReadyAt: number | null
}

export interface RunOptions {
  policy: Policy
  workers: number
  days: number
  seed: number
  traffic: Report[]
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
  const queue = new EventQueue()
  const tracked = new Map<string, Tracked>()
  const workers: Worker[] = Array.from({ length: options.workers }, (_, index) => ({
    openid: workerOpenid(index),
    index,
    state: 'free',
    current: null,
    generation: 0,
  }))
  const byOpenid = new Map(workers.map((w) => [w.openid, w]))
  const end = START_MS + (days + DEFAULTS.drainDays) * DAY
  let now = START_MS
  let complaints = 0

  const schedule = (at: number, run: () => Promise<void>) => {
    if (at <= end) queue.push({ at: Math.max(at, now), run })
  }
  const minutesFromNow = (minutes: number) => now + Math.round(minutes * MINUTE)

  // ---- the product, through its public actions -------------------------------------------------

  /** Due sweeps: whole minutes at which some order's next check falls. */
  const sweepAt = new Set<number>()
  const track = (order: WorkOrder) => {
    const known = tracked.get(order.id)
    if (known) known.order = order
    if (policy.sweep && order.nextCheckAt) {
      const minute = Math.ceil(Date.parse(order.nextCheckAt) / MINUTE) * MINUTE
      if (!sweepAt.has(minute)) {
        sweepAt.add(minute)
        schedule(minute, () => sweep(minute))
      }
    }
  }

  async function act<T = WorkOrder>(openid: string, fn: string, event: Record<string, unknown>): Promise<T | null> {
    const reply = (await host.call(openid, fn, event)) as Envelope<T>
    if (!reply.ok) return null
    const data = reply.data as unknown as WorkOrder
    if (data && typeof data === 'object' && 'nextCheckAt' in data) track(data)
    return reply.data
  }

  async function sweep(minute: number) {
    sweepAt.delete(minute)
    const due = [...tracked.values()].filter(
      (t) => t.order.nextCheckAt !== null && Date.parse(t.order.nextCheckAt) <= minute,
    )
    if (due.length === 0) return
    await host.fireTimer('slaSweep')
    // The sweep changed these orders; the office's own view reads them back.
    for (const t of due) await act(MANAGER, 'repair', { action: 'get', id: t.order.id })
  }

  let consentAnswers: Record<string, string> = {}
  /**
   * The app asks for subscribe consent at each tap; staff ticked "always allow", so each time they
   * open a notice they grant one more message of each template.
   */
  const allowPush = (openid: string) => act(openid, 'inbox', { action: 'consent', results: consentAnswers })
  /** Signing in each morning, the app asks until each template has a few messages allowed again. */
  async function topUpConsent(openid: string) {
    const subs = await act<{ items: { remaining: number }[] }>(openid, 'inbox', { action: 'subscriptions' })
    const fewest = Math.min(...(subs?.items ?? []).map((s) => s.remaining))
    for (let i = fewest; i < CONSENTS_KEPT; i++) await allowPush(openid)
  }

  // ---- who is at work --------------------------------------------------------------------------

  const isDayOff = (w: Worker, day: number) => (day + w.index) % 7 < PEOPLE.daysOffPerWeek
  const onShift = (w: Worker, at: number) => {
    const shift = SHIFTS[w.index % SHIFTS.length]!
    const minute = localMinute(at)
    return !isDayOff(w, dayOf(at)) && minute >= shift.from && minute < shift.to
  }
  const nightOf = (at: number) =>
    localMinute(at) >= NIGHT_FROM ? dayOf(at) : localMinute(at) < NIGHT_TO ? dayOf(at) - 1 : null
  const onCall = (w: Worker, at: number) => {
    const night = nightOf(at)
    return (
      PEOPLE.nightOnCall && night !== null && ((night % workers.length) + workers.length) % workers.length === w.index
    )
  }
  const openJobsOf = (w: Worker) =>
    [...tracked.values()].filter(
      (t) => t.order.assigneeOpenid === w.openid && ['submitted', 'accepted', 'in_progress'].includes(t.order.status),
    ).length
  /** Whom the office would give a job to now: the least loaded worker on duty (the on-call one at night). */
  function pickWorker(except: string | null): Worker | null {
    const candidates = workers.filter((w) => w.openid !== except && onShift(w, now))
    const pool = candidates.length > 0 ? candidates : workers.filter((w) => onCall(w, now) && w.openid !== except)
    let best: Worker | null = null
    for (const w of pool) if (!best || openJobsOf(w) < openJobsOf(best)) best = w
    return best
  }

  // ---- workers ---------------------------------------------------------------------------------

  /** The worker's open jobs as the app lists them (three short, indexed lists) plus holds whose parts came. */
  async function openJobs(w: Worker): Promise<WorkOrder[]> {
    const jobs: WorkOrder[] = []
    for (const status of ['submitted', 'accepted', 'in_progress'] as const) {
      const page = await act<{ items: WorkOrder[] }>(w.openid, 'repair', {
        action: 'list',
        scope: 'assigned',
        status,
        limit: 50,
      })
      jobs.push(...(page?.items ?? []))
    }
    // A worker remembers the jobs they paused for parts; the supplier rings when the parts are in.
    for (const t of tracked.values()) {
      if (t.order.status === 'on_hold' && t.order.assigneeOpenid === w.openid && (t.partsReadyAt ?? Infinity) <= now)
        jobs.push(t.order)
    }
    return jobs
  }

  const urgency = (o: WorkOrder) => (o.priority === 'urgent' ? 0 : 1)

  /** A free worker looks for work: their own jobs first, then (pool policies, in the day) the pool. */
  async function wake(w: Worker) {
    if (w.state === 'busy') return
    const day = onShift(w, now)
    const night = !day && onCall(w, now)
    if (!day && !night) return
    w.generation++
    w.state = 'free'
    const mine = (await openJobs(w)).filter((o) => day || o.priority === 'urgent')
    for (const o of mine) if (o.status === 'submitted') await act(w.openid, 'repair', { action: 'accept', id: o.id })
    const ready = mine
      .map((o) => tracked.get(o.id)?.order ?? o)
      .filter((o) => o.status !== 'submitted')
      .sort((a, b) => urgency(a) - urgency(b) || a.createdAt.localeCompare(b.createdAt))
    if (ready[0]) return doJob(w, ready[0])
    if (day && policy.dispatch === 'pool') {
      const pool = await act<{ items: WorkOrder[] }>(w.openid, 'repair', { action: 'list', scope: 'pool', limit: 20 })
      for (const o of pool?.items ?? []) {
        if (random.chance(PEOPLE.overlookPoolJobChance)) continue
        const taken = await act(w.openid, 'repair', { action: 'accept', id: o.id })
        if (taken) return doJob(w, taken)
      }
    }
    if (!day) return
    // Nothing to do: routine rounds until the next look.
    w.state = 'routine'
    const generation = w.generation
    schedule(minutesFromNow(random.exponential(PEOPLE.checkEveryMinutes)), async () => {
      if (w.generation === generation && w.state === 'routine') await wake(w)
    })
  }

  async function doJob(w: Worker, order: WorkOrder) {
    const t = tracked.get(order.id)!
    w.state = 'busy'
    w.current = order.id
    w.generation++
    if (order.status === 'on_hold') await act(w.openid, 'repair', { action: 'resume', id: order.id })
    const revisit = t.partsHeld || t.reopened
    schedule(minutesFromNow(t.report.travelMinutes), async () => {
      if (t.order.status === 'accepted') await act(w.openid, 'repair', { action: 'start', id: order.id })
      const minutes = t.report.repairMinutes * (revisit ? 0.5 : 1)
      schedule(minutesFromNow(minutes), async () => {
        if (t.report.partsDelayMinutes !== null && !t.partsHeld) {
          t.partsHeld = true
          t.partsReadyAt = minutesFromNow(t.report.partsDelayMinutes)
          await act(w.openid, 'repair', { action: 'hold', id: order.id, reason: 'parts' })
        } else {
          const done = await act(w.openid, 'repair', { action: 'complete', id: order.id, note: '已修好' })
          if (done) householdAfterCompletion(t)
        }
        // Back to the workshop, then the next job.
        schedule(minutesFromNow(t.report.travelMinutes), async () => {
          w.state = 'free'
          w.current = null
          await wake(w)
        })
      })
    })
  }

  /** A push or a phone call: the worker taps accept a few minutes later, then goes if free. */
  function alertWorker(w: Worker, orderId: string) {
    const night = !onShift(w, now) && onCall(w, now)
    if (!onShift(w, now) && !night) return
    const react = night ? PEOPLE.reactAtNight : PEOPLE.reactToPush
    schedule(minutesFromNow(random.logNormal(react.mean, react.sd)), async () => {
      if (policy.push) await allowPush(w.openid)
      const order = await act(w.openid, 'repair', { action: 'get', id: orderId })
      if (!order || (night && order.priority !== 'urgent')) return
      if (order.status === 'submitted' && order.assigneeOpenid === w.openid) {
        await act(w.openid, 'repair', { action: 'accept', id: orderId })
      }
      if (w.state !== 'busy') await wake(w)
    })
  }

  // ---- the office ------------------------------------------------------------------------------

  /** The office gives a job nobody has taken to a worker on duty and phones them. */
  async function handToWorker(orderId: string) {
    const order = await act(MANAGER, 'repair', { action: 'get', id: orderId })
    if (!order || order.status !== 'submitted') return
    const to = pickWorker(order.assigneeOpenid)
    if (!to) return
    if (await act(MANAGER, 'repair', { action: 'assign', id: orderId, staffOpenid: to.openid }))
      alertWorker(to, orderId)
  }

  function managerBuzzed(orderId: string) {
    if (!isOfficeHours(now)) return
    schedule(minutesFromNow(random.logNormal(PEOPLE.managerReact.mean, PEOPLE.managerReact.sd)), async () => {
      await allowPush(MANAGER)
      await handToWorker(orderId)
    })
  }

  /** The manager opens the late-jobs board now and then (with push too: pushes come on top). */
  function scheduleBoardCheck() {
    schedule(minutesFromNow(random.exponential(PEOPLE.managerCheckEveryMinutes)), async () => {
      if (isOfficeHours(now)) {
        const board = await act<{ items: WorkOrder[] }>(MANAGER, 'repair', { action: 'late' })
        for (const o of board?.items ?? []) if (o.status === 'submitted') await handToWorker(o.id)
      }
      scheduleBoardCheck()
    })
  }

  /** The paper desk hands out the slips it collected since the last round. */
  async function deskRound() {
    for (;;) {
      const page = await act<{ items: WorkOrder[] }>(MANAGER, 'repair', {
        action: 'list',
        scope: 'dispatch',
        limit: 50,
      })
      const items = page?.items ?? []
      let handed = 0
      for (const o of items) {
        const to = pickWorker(null)
        if (to && (await act(MANAGER, 'repair', { action: 'assign', id: o.id, staffOpenid: to.openid }))) handed++
      }
      if (handed === 0 || items.length < 50) return
    }
  }

  /** At a shift change: grids follow the roster; workers going off hand over what they have not started. */
  async function shiftChange() {
    if (policy.gridsFollowRoster) await pointGrids()
    for (const w of workers) {
      const wasOn = onShift(w, now - MINUTE) || onCall(w, now - MINUTE)
      if (wasOn && !onShift(w, now) && !onCall(w, now)) await handOver(w)
    }
    for (const w of workers) if (onShift(w, now) && !onShift(w, now - MINUTE)) await wake(w)
  }

  async function handOver(w: Worker) {
    for (const o of await openJobs(w)) {
      if ((o.status !== 'submitted' && o.status !== 'accepted') || o.id === w.current) continue
      const to = pickWorker(w.openid)
      if (!to || !onShift(to, now)) continue
      const moved =
        o.status === 'submitted'
          ? await act(MANAGER, 'repair', { action: 'assign', id: o.id, staffOpenid: to.openid })
          : await act(w.openid, 'repair', { action: 'transfer', id: o.id, toOpenid: to.openid, reason: '交班' })
      if (moved) alertWorker(to, o.id)
    }
  }

  const grids: { id: string | null; buildings: string[]; publicAreas: boolean; owner: string | null }[] = []
  async function pointGrids() {
    for (const grid of grids) {
      const home = workers[grids.indexOf(grid) % workers.length]!
      const owner = onShift(home, now) ? home : pickWorker(null)
      if (!owner || owner.openid === grid.owner) continue
      const saved = await act<{ id: string }>(MANAGER, 'admin', {
        action: 'saveGrid',
        ...(grid.id ? { id: grid.id } : {}),
        name: `网格${grids.indexOf(grid) + 1}`,
        buildings: grid.buildings,
        publicAreas: grid.publicAreas,
        ownerOpenid: owner.openid,
      })
      if (saved) Object.assign(grid, { id: saved.id, owner: owner.openid })
    }
  }

  // ---- households ------------------------------------------------------------------------------

  async function report(r: Report) {
    const unit = unitAt(r.unitIndex)
    const order = await act(residentOf(r.unitIndex), 'repair', {
      action: 'create',
      category: r.category,
      priority: r.priority,
      description: r.burst ? `${unit.building}栋水管爆裂，家里进水` : '家里需要维修',
    })
    if (!order) throw new Error(`a household could not report a repair at ${new Date(now).toISOString()}`)
    tracked.set(order.id, { report: r, order, reopened: false, partsHeld: false, partsReadyAt: null })
    if (policy.dispatch === 'manager' && r.priority === 'urgent') await handToWorker(order.id)
    scheduleChase(order.id, r)
  }

  function scheduleChase(orderId: string, r: Report) {
    let at = minutesFromNow(PEOPLE.chaseAfterMinutes[r.priority])
    if (r.priority === 'normal' && !isOfficeHours(at)) {
      const day = localMinute(at) >= OFFICE_TO ? dayOf(at) + 1 : dayOf(at)
      at = atLocal(day, OFFICE_FROM) + 30 * MINUTE
    }
    schedule(at, async () => {
      const seen = await act(residentOf(r.unitIndex), 'repair', { action: 'get', id: orderId })
      if (!seen || seen.status !== 'submitted') return
      complaints++
      await handToWorker(orderId)
    })
  }

  function householdAfterCompletion(t: Tracked) {
    const r = t.report
    const fails = r.fixFails && !t.reopened
    const after = r.confirmAfterMinutes ?? (fails ? PEOPLE.confirmAfter.mean : null)
    if (after === null) return
    schedule(minutesFromNow(after), async () => {
      const household = residentOf(r.unitIndex)
      if (fails) {
        t.reopened = true
        await act(household, 'repair', { action: 'reopen', id: t.order.id, reason: '还是不行，又坏了' })
        return
      }
      const order = await act(household, 'repair', { action: 'get', id: t.order.id })
      if (order?.status === 'completed') {
        await act(household, 'repair', { action: 'confirm', id: order.id, rating: stars(order, r) })
      }
    })
  }

  // ---- setting up the policy -------------------------------------------------------------------

  for (const category of CATEGORIES) {
    if (!(await act(MANAGER, 'admin', { action: 'setDispatch', category, mode: policy.dispatch }))) {
      throw new Error(`the office could not set the dispatch of ${category}`)
    }
  }
  if (policy.dispatch === 'grid') {
    const buildings = Array.from({ length: buildingCount(maxUnitIndex(options.traffic) + 1) }, (_, b) => `S${b + 1}`)
    workers.forEach((_, g) =>
      grids.push({
        id: null,
        buildings: buildings.filter((_, b) => b % workers.length === g),
        publicAreas: g === 0,
        owner: null,
      }),
    )
    await pointGrids()
  }
  if (policy.push) {
    const subs = await act<{ items: { templateId: string }[] }>(MANAGER, 'inbox', { action: 'subscriptions' })
    consentAnswers = Object.fromEntries((subs?.items ?? []).map((s) => [s.templateId, 'accept']))
    host.onPush((buzz: PhoneBuzz) => {
      if (!buzz.orderId) return
      const w = byOpenid.get(buzz.toOpenid)
      if (w) alertWorker(w, buzz.orderId)
      else if (buzz.toOpenid === MANAGER) managerBuzzed(buzz.orderId)
    })
  }
  if (policy.sweep) scheduleBoardCheck()

  // ---- the month -------------------------------------------------------------------------------

  for (const r of options.traffic) schedule(START_MS + Math.round(r.at * MINUTE), () => report(r))
  const changes = new Set<number>([...SHIFTS.flatMap((s) => [s.from, s.to]), NIGHT_FROM, NIGHT_TO])
  for (let day = 0; day < days + DEFAULTS.drainDays; day++) {
    if (policy.push) {
      schedule(atLocal(day, OFFICE_FROM) - MINUTE, async () => {
        for (const openid of [MANAGER, ...workers.map((w) => w.openid)]) await topUpConsent(openid)
      })
    }
    for (const minute of changes) schedule(atLocal(day, minute), shiftChange)
    if (policy.dispatch === 'manager') {
      for (const round of BASELINE.deskRounds) schedule(atLocal(day, clockMinutes(round)), deskRound)
    }
  }
  for (let event = queue.pop(); event; event = queue.pop()) {
    now = event.at
    host.setClock(new Date(now))
    await event.run()
  }

  return { orders: await allOrders(), complaints, calls: Object.fromEntries(host.calls) }

  async function allOrders(): Promise<WorkOrder[]> {
    const orders: WorkOrder[] = []
    let cursor: string | undefined
    do {
      const page = await act<{ items: WorkOrder[]; nextCursor: string | null }>(MANAGER, 'repair', {
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
}

/** Messages per template staff keep allowed (topped up at sign-in each morning). */
const CONSENTS_KEPT = 5

const maxUnitIndex = (traffic: Report[]) => traffic.reduce((max, r) => Math.max(max, r.unitIndex), 0)

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
