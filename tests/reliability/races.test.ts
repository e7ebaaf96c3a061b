import { inProcess, T0, type InProcess } from './support/in-process'
import { takeSlot, type Held, type Limit } from '@server/limits/slots'
import { contextOf } from '@server/action'
import { CONSOLE_OPEN_LIMITS, openSignIn } from '@server/console/console-sign-in'
import { recordFigure } from './support/figures'

// Defect 5 and every cap of issue 15, run in-process over a store that yields 0-3 ms on every call
// (see support/interleaving.store.ts): exactly one winner, caps exact.
let env: InProcess
afterEach(() => env.close())

const SEEDS = [11, 23]
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString()
const codes = (answers: { ok: boolean; error?: { code: string } }[]) =>
  answers.reduce<Record<string, number>>((n, a) => {
    const key = a.ok ? 'ok' : a.error!.code
    n[key] = (n[key] ?? 0) + 1
    return n
  }, {})

describe.each(SEEDS)('under interleaving (seed %i)', (seed) => {
  beforeEach(async () => (env = await inProcess({ interleaveSeed: seed })))

  it('100 simultaneous bookings from one unit: exactly 20 passes', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        env.call('resident-1', 'visitor', {
          action: 'create',
          visitorName: '张三',
          visitorPhone: '13812340001',
          validFrom: T0,
          validUntil: later(60),
          maxEntries: 1,
        }),
      ),
    )
    recordFigure('raceRuns', 1)
    expect(codes(answers)).toEqual({ ok: 20, RATE_LIMITED: 80 })
    expect(await env.store.collection('visitorPasses').count({})).toBe(20)
  })

  it('300 simultaneous unknown codes at the gate: exactly 30 are looked up', async () => {
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        env.call('guard-1', 'visitor', { action: 'verify', code: `9${String(i).padStart(11, '0')}` }),
      ),
    )
    recordFigure('raceRuns', 1)
    expect(codes(answers).RATE_LIMITED).toBe(270)
  })

  it('30 simultaneous repair reports from one household: exactly 10 orders', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        env.call('resident-1', 'repair', { action: 'create', category: 'plumbing', description: '漏水' }),
      ),
    )
    recordFigure('raceRuns', 1)
    expect(codes(answers)).toEqual({ ok: 10, RATE_LIMITED: 20 })
  })

  it('five staff grab one job: exactly one wins', async () => {
    await env.store.collection('users').insertMany(
      [3, 4, 5].map((n) => ({
        id: `staff-${n}`,
        version: 0,
        role: 'maintenance',
        name: `师傅${n}`,
        unitId: null,
        phone: null,
      })) as never,
    )
    const made = await env.call('resident-1', 'repair', { action: 'create', category: 'plumbing', description: '漏水' })
    const id = made.ok ? made.data.id : ''
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => env.call(`staff-${n}`, 'repair', { action: 'accept', id })),
    )
    recordFigure('raceRuns', 1)
    expect(codes(answers).ok).toBe(1)
  })

  it('six guests race a 5-use invite code: exactly 5 are bound', async () => {
    const made = await env.call('admin-1', 'admin', {
      action: 'createInvite',
      kind: 'unit',
      unitId: '1-102',
      maxUses: 5,
    })
    const code = made.ok ? made.data.id : ''
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        env.call(`guest-${i}`, 'me', {
          action: 'redeemInvite',
          code,
          name: '家人',
          phone: '13700000009',
          relation: 'family',
        }),
      ),
    )
    recordFigure('raceRuns', 1)
    expect(codes(answers).ok).toBe(5)
    expect(await env.store.collection('users').count({ unitId: '1-102' })).toBe(5)
  })

  it('a limit counter taken and given back at once stays exact: never over, never a slot lost', async () => {
    const limit: Limit = { scope: 'race:1-101', limit: 10, windowMinutes: 60, message: 'ten an hour' }
    const now = new Date(T0)
    const take = (n: number) => Promise.all(Array.from({ length: n }, () => takeSlot(env.runtime.store, limit, now)))
    const held = (taken: Awaited<ReturnType<typeof take>>): Held[] => taken.flatMap((t) => (t.ok ? [t.held] : []))
    const first = held(await take(40))
    expect(first).toHaveLength(10)
    // Five give back while twenty more try: whoever of those got in took a slot given back.
    const [, racing] = await Promise.all([Promise.all(first.slice(0, 5).map((h) => h.release())), take(20)])
    const second = held(racing)
    expect(second.length).toBeLessThanOrEqual(5)
    // Afterwards exactly the slots nobody holds are there to take, one at a time.
    const after = held(await take(10))
    recordFigure('raceRuns', 1)
    expect(second.length + after.length).toBe(5)
  })

  it('one requestId sent ten times at once: one order', async () => {
    const event = {
      action: 'create',
      category: 'plumbing',
      description: '漏水',
      requestId: `race-request-${seed}-0000`,
    }
    const answers = await Promise.all(Array.from({ length: 10 }, () => env.call('resident-1', 'repair', event)))
    recordFigure('raceRuns', 1)
    expect(answers.some((a) => a.ok)).toBe(true)
    expect(await env.store.collection('workOrders').count({})).toBe(1)
  })

  const feeItem = (name: string) => ({ action: 'saveItem', name, kind: 'monthly', rateFen: 5000 })
  const activeNamed = async (name: string) =>
    (await env.store.collection('feeItems').find({ where: { active: true }, limit: 100 })).filter(
      (i) => i.name === name,
    ).length

  it('eight managers’ taps create one fee item name at once: one active item, the rest CONFLICT', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => env.call('admin-1', 'billing', feeItem('电梯费'))),
    )
    recordFigure('raceRuns', 1)
    expect(codes(answers)).toEqual({ ok: 1, CONFLICT: 7 })
    expect(await activeNamed('电梯费')).toBe(1)
  })

  it('two items renamed to one name at once: one keeps it', async () => {
    const created = await Promise.all(['水费', '电费'].map((name) => env.call('admin-1', 'billing', feeItem(name))))
    const ids = created.map((item) => (item.ok ? (item.data as { id: string }).id : ''))
    const renames = await Promise.all(ids.map((id) => env.call('admin-1', 'billing', { ...feeItem('公共能耗费'), id })))
    recordFigure('raceRuns', 1)
    expect(codes(renames)).toEqual({ ok: 1, CONFLICT: 1 })
    expect(await activeNamed('公共能耗费')).toBe(1)
  })

  it('30 console sign-in codes opened at once by one console: exactly 10', async () => {
    const ctx = contextOf(env.runtime)
    const answers = await Promise.all(Array.from({ length: 30 }, () => openSignIn(ctx, '203.0.113.7')))
    recordFigure('raceRuns', 1)
    expect(codes(answers)).toEqual({ ok: CONSOLE_OPEN_LIMITS.perRequester, RATE_LIMITED: 20 })
    expect(await env.runtime.store.collection('consoleSignIns').count({})).toBe(CONSOLE_OPEN_LIMITS.perRequester)
  })

  it('a flood of consoles, each under its own limit, never opens more than the overall cap, and loses no slot', async () => {
    const { overall } = CONSOLE_OPEN_LIMITS
    const ctx = contextOf(env.runtime)
    let next = 0
    const open = (n: number) => Promise.all(Array.from({ length: n }, () => openSignIn(ctx, `198.51.100.${next++}`)))
    const flood = codes(await open(overall + 40))
    recordFigure('raceRuns', 1)
    // Refused as over the cap, or (past a hundred lost compare-and-sets in the storm) as contended.
    expect(Object.keys(flood).filter((k) => k !== 'ok' && k !== 'RATE_LIMITED' && k !== 'CONFLICT')).toEqual([])
    const signIns = env.runtime.store.collection('consoleSignIns')
    expect(await signIns.count({})).toBe(flood.ok)
    // The counter matches what was written: calmer callers take exactly the rest, then are refused.
    let refused = 0
    while (refused === 0) refused = codes(await open(10)).RATE_LIMITED ?? 0
    expect(await signIns.count({})).toBe(overall)
  })
})
