/**
 * A light stand-in for the functions, for the console's 演练 page: the same domain code the
 * handlers run (core's work-order machine, SLA rules and ladder, grid routing), kept in memory,
 * without the store, sign-in, audit, idempotency, rate limits or WeChat. It answers exactly the
 * public actions the simulated people use, so runMonth's people model runs on it unchanged; a test
 * checks its figures against a run through the real handlers.
 */
import type { Actor } from '@core/identity/actor'
import { gridFor, type Grid } from '@core/estate/grid'
import { SlaRules, type SlaPolicy } from '@core/repair/sla'
import { createWorkOrder } from '@core/repair/work-order.creation'
import { lateSince } from '@core/repair/work-order.ladder'
import * as machine from '@core/repair/work-order.machine'
import { OPEN_STATUSES, type Category, type DispatchMode, type WorkOrder } from '@core/repair/work-order'
import type { Envelope } from '@core/shared/envelope'
import type { Result } from '@core/shared/result'
import type { EstateHost, PhoneBuzz } from './estate-host'
import { MANAGER, unitAt } from './estate-setup'

const NEAR_DEADLINE_MINUTES = 10
const HOUSEHOLD = /^household-(\d+)$/

type Event = Record<string, unknown>
const refused = (message: string): Envelope<never> =>
  ({ ok: false, error: { code: 'FORBIDDEN', message } }) as unknown as Envelope<never>
const reply = <T>(result: Result<T>): Envelope<T> =>
  (result.ok ? { ok: true, data: result.value } : { ok: false, error: result.error }) as unknown as Envelope<T>
const byCreated = (a: WorkOrder, b: WorkOrder) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

export function openLightEstate(start: Date, policy: SlaPolicy): EstateHost {
  const rules = new SlaRules(policy)
  const orders = new Map<string, WorkOrder>()
  const dispatch: Partial<Record<Category, DispatchMode>> = {}
  const grids: Grid[] = []
  const listeners: ((buzz: PhoneBuzz) => void)[] = []
  const calls = new Map<string, number>()
  let now = start.toISOString()
  let sequence = 0
  const newId = () => `lite${(++sequence).toString(16).padStart(12, '0')}`

  function actorOf(openid: string): Actor {
    if (openid === MANAGER) return { openid, role: 'manager', unitId: null, name: '物业经理' }
    const household = HOUSEHOLD.exec(openid)
    if (household) return { openid, role: 'resident', unitId: unitAt(Number(household[1])).id, name: '住户' }
    return { openid, role: 'maintenance', unitId: null, name: openid }
  }

  const buzz = (toOpenid: string, orderId: string) => listeners.forEach((l) => l({ toOpenid, orderId }))
  const gridOwnerOrManager = (o: WorkOrder) => grids.find((g) => g.id === o.gridId)?.ownerOpenid ?? MANAGER

  /**
   * The staff pushes the handlers send for the events appended since `before` (repair-notices):
   * a job given to someone, the ladder's warning and breach. What the sweep owes managers comes as
   * one digest, which opens the late board rather than an order.
   */
  function announce(before: WorkOrder | null, after: WorkOrder, digest: Set<string> | null) {
    for (const event of after.timeline.slice(before?.timeline.length ?? 0)) {
      const step = /^(response|arrival|resolution)_(warning|overdue|escalated)$/.exec(event.type)?.[2]
      const to =
        event.type === 'dispatched' || event.type === 'assigned' || event.type === 'transferred'
          ? after.assigneeOpenid
          : step === 'warning'
            ? (after.assigneeOpenid ?? gridOwnerOrManager(after))
            : step === 'overdue'
              ? gridOwnerOrManager(after)
              : step === 'escalated'
                ? MANAGER
                : null
      if (!to) continue
      if (to === MANAGER && digest) digest.add(to)
      else buzz(to, after.id)
    }
  }

  function save(before: WorkOrder | null, changed: Result<WorkOrder>): Envelope<WorkOrder> {
    if (changed.ok) {
      const order = { ...changed.value, version: (before?.version ?? 0) + 1, lateSince: lateSince(changed.value) }
      orders.set(order.id, order)
      announce(before, order, null)
      return reply({ ok: true, value: order })
    }
    return reply(changed)
  }

  function create(resident: Actor, event: Event): Envelope<WorkOrder> {
    const category = event.category as Category
    const building = unitAt(Number(HOUSEHOLD.exec(resident.openid)![1])).building
    const grid = gridFor(grids, building, category === 'public_area')
    const mode = dispatch[category] ?? 'pool'
    const owner = mode === 'grid' && grid ? actorOf(grid.ownerOpenid) : null
    const created = createWorkOrder(
      { id: newId(), category, priority: event.priority as never, description: String(event.description), photos: [] },
      resident,
      now,
      rules,
      { mode, gridId: grid?.id ?? null, gridOwner: owner },
    )
    if (!created.ok) return reply(created)
    return save(null, { ok: true, value: { ...created.value, vendorId: null, building } })
  }

  const page = (items: WorkOrder[], limit: unknown) => ({
    ok: true as const,
    value: { items: items.slice(0, typeof limit === 'number' ? limit : items.length), nextCursor: null },
  })

  function list(actor: Actor, event: Event) {
    const all = [...orders.values()]
    switch (event.scope) {
      case 'assigned':
        return page(
          all
            .filter((o) => o.assigneeOpenid === actor.openid && o.status === event.status)
            .sort((a, b) => byCreated(b, a)),
          event.limit,
        )
      case 'pool':
        return page(
          all
            .filter((o) => o.inPool && !o.vendorId)
            .sort((a, b) => a.deadlines.response.localeCompare(b.deadlines.response) || byCreated(a, b)),
          event.limit,
        )
      case 'dispatch':
        return page(
          all.filter((o) => o.assigneeOpenid === null && o.status === 'submitted').sort(byCreated),
          event.limit,
        )
      default:
        return page(
          all.sort((a, b) => byCreated(b, a)),
          undefined,
        )
    }
  }

  function lateBoard() {
    const open = [...orders.values()].filter((o) => OPEN_STATUSES.includes(o.status))
    const soon = Date.parse(now) + NEAR_DEADLINE_MINUTES * 60_000
    const breached = open.filter((o) => o.lateSince).sort((a, b) => a.lateSince!.localeCompare(b.lateSince!))
    const nearing = open
      .filter((o) => !o.lateSince && o.nextCheckAt !== null && Date.parse(o.nextCheckAt) <= soon)
      .sort((a, b) => a.nextCheckAt!.localeCompare(b.nextCheckAt!))
    return { ok: true as const, value: { items: [...breached, ...nearing], nextCursor: null } }
  }

  function repair(actor: Actor, event: Event): Envelope<unknown> {
    if (event.action === 'create') return create(actor, event)
    if (event.action === 'list') return reply(list(actor, event))
    if (event.action === 'late') return reply(lateBoard())
    const order = orders.get(String(event.id))
    if (!order) return refused('no such order')
    const other = (key: string) => actorOf(String(event[key]))
    switch (event.action) {
      case 'get':
        return reply({ ok: true, value: order })
      case 'accept':
        return save(order, machine.accept(order, actor, now, rules))
      case 'assign':
        return save(order, machine.assign(order, actor, other('staffOpenid'), now, rules))
      case 'transfer':
        return save(order, machine.transfer(order, actor, other('toOpenid'), String(event.reason), now, rules))
      case 'start':
        return save(order, machine.start(order, actor, now, rules))
      case 'hold':
        return save(order, machine.hold(order, actor, now, rules, { reason: event.reason as 'parts' }))
      case 'resume':
        return save(order, machine.resume(order, actor, now, rules))
      case 'complete':
        return save(order, machine.complete(order, actor, now, rules, { note: String(event.note) }))
      case 'confirm':
        return save(order, machine.confirm(order, actor, now, rules, { stars: Number(event.rating) }))
      case 'reopen':
        return save(order, machine.reopen(order, actor, now, rules, String(event.reason)))
      default:
        return refused(`the light estate does not serve repair.${String(event.action)}`)
    }
  }

  function admin(event: Event): Envelope<unknown> {
    if (event.action === 'setDispatch') {
      dispatch[event.category as Category] = event.mode as DispatchMode
      return reply({ ok: true, value: { dispatch } })
    }
    if (event.action === 'saveGrid') {
      const id = typeof event.id === 'string' ? event.id : newId()
      const grid: Grid = {
        id,
        version: 0,
        name: String(event.name),
        buildings: event.buildings as string[],
        publicAreas: Boolean(event.publicAreas),
        ownerOpenid: String(event.ownerOpenid),
      }
      const at = grids.findIndex((g) => g.id === id)
      if (at >= 0) grids[at] = grid
      else grids.push(grid)
      return reply({ ok: true, value: grid })
    }
    return refused(`the light estate does not serve admin.${String(event.action)}`)
  }

  /** Pushes always reach the phone here: staff keep their consent topped up (model: PEOPLE). */
  const inbox = (): Envelope<unknown> => reply({ ok: true, value: { items: [] } })

  return {
    calls,
    async call<T>(openid: string, fn: string, event: Event) {
      calls.set(`${fn}.${String(event.action)}`, (calls.get(`${fn}.${String(event.action)}`) ?? 0) + 1)
      const actor = actorOf(openid)
      const answer = fn === 'repair' ? repair(actor, event) : fn === 'admin' ? admin(event) : inbox()
      return Promise.resolve(answer as Envelope<T>)
    },
    fireTimer() {
      calls.set('slaSweep.timer', (calls.get('slaSweep.timer') ?? 0) + 1)
      const digest = new Set<string>()
      for (const order of [...orders.values()]) {
        if (order.nextCheckAt === null || Date.parse(order.nextCheckAt) > Date.parse(now)) continue
        const swept = machine.sweepOrder(order, now, rules)
        if (swept.fired.length === 0 && !swept.resumed) continue
        const saved = { ...swept.order, version: order.version + 1, lateSince: lateSince(swept.order) }
        orders.set(saved.id, saved)
        announce(order, saved, digest)
      }
      for (const manager of digest) listeners.forEach((l) => l({ toOpenid: manager, orderId: 'late' }))
      return Promise.resolve({ ok: true, data: null } as unknown as Envelope<unknown>)
    },
    setClock(at) {
      now = at.toISOString()
    },
    onPush: (listener) => void listeners.push(listener),
    close: () => Promise.resolve(),
  }
}
