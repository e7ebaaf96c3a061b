import { DEFAULT_SLA_POLICY } from '@core/repair/sla'
import type { WorkOrder } from '@core/repair/work-order'
import { inProcess, type InProcess } from '../support/in-process'

// Defect 4: a schema-valid policy made every normal create INTERNAL and one order broke the whole sweep.
let env: InProcess
beforeEach(async () => (env = await inProcess()))
afterEach(() => env.close())

const halfHourADay = { ...DEFAULT_SLA_POLICY.serviceHours, opensAt: '08:00', closesAt: '08:30' }
const thirtyDays = 30 * 24 * 60
const brickingPolicy = {
  ...DEFAULT_SLA_POLICY,
  defaults: { ...DEFAULT_SLA_POLICY.defaults, normal: { response: 30, arrival: 240, resolution: thirtyDays } },
  serviceHours: halfHourADay,
}

describe('a policy that cannot be scheduled is refused', () => {
  it('updateSlaPolicy answers VALIDATION_FAILED naming the window, and nothing changes', async () => {
    const saved = await env.call('admin-1', 'admin', { action: 'updateSlaPolicy', policy: brickingPolicy })
    expect(!saved.ok && saved.error.code).toBe('VALIDATION_FAILED')
    expect(!saved.ok && Object.keys(saved.error.fieldErrors ?? {}).join()).toContain(
      'policy.defaults.normal.resolution',
    )
    expect(
      (await env.call('resident-1', 'repair', { action: 'create', category: 'plumbing', description: '漏水' })).ok,
    ).toBe(true)
  })

  it('a schedulable policy with short hours is still accepted', async () => {
    const policy = { ...DEFAULT_SLA_POLICY, serviceHours: halfHourADay }
    expect((await env.call('admin-1', 'admin', { action: 'updateSlaPolicy', policy })).ok).toBe(true)
  })
})

describe('the sweep isolates each order', () => {
  it('an order that throws is logged, parked with sweepError, and the others are still flagged', async () => {
    const normal = await env.call('resident-1', 'repair', {
      action: 'create',
      category: 'plumbing',
      description: '漏水',
    })
    const urgent = await env.call('resident-2', 'repair', {
      action: 'create',
      category: 'plumbing',
      priority: 'urgent',
      description: '爆管',
    })
    const orders = env.runtime.store.collection('workOrders')
    // A stored order whose terms no calendar can schedule (as one saved before the check existed).
    const broken = (await orders.get(normal.ok ? normal.data.id : ''))!
    await orders.replace({
      ...broken,
      sla: { ...broken.sla, windows: { ...broken.sla.windows, response: thirtyDays } },
    })
    const settings = env.runtime.store.collection('settings')
    await settings.insert({ id: 'estate', version: 0, sla: brickingPolicy, dispatch: {} } as never)
    // Both are due: the urgent breach (15 min) and the normal order's warning (24 min).
    env.runtime.clock.advanceMinutes(30)
    const swept = await env.fireTimer('slaSweep')
    expect(swept.ok).toBe(true)
    expect((await orders.get(urgent.ok ? urgent.data.id : ''))!.overdue.response).not.toBeNull()
    const parked = (await orders.get(broken.id)) as WorkOrder & { sweepError?: string | null }
    expect(parked.sweepError).toBeTruthy()
    expect(env.errors.some((e) => JSON.stringify(e).includes(broken.id))).toBe(true)
    const seen = await env.call('admin-1', 'repair', { action: 'get', id: broken.id })
    expect(seen.ok && seen.data.sweepError).toBeTruthy()
  })
})
