import type { WorkOrder } from '@core/repair/work-order'
import { inProcess, type InProcess } from '../support/in-process'

// Defect 11: a plumber could grab an elevator job; skills were never consulted.
let env: InProcess
beforeEach(async () => {
  env = await inProcess()
  await env.runtime.store.collection('users').insert({
    id: 'plumber-1',
    version: 0,
    role: 'maintenance',
    name: '孙师傅',
    unitId: null,
    phone: null,
    skills: ['plumbing'],
  } as never)
})
afterEach(() => env.close())

const report = (category: string) =>
  env.call('resident-1', 'repair', { action: 'create', category, description: '坏了' }).then((r) => {
    if (!r.ok) throw new Error(r.error.message)
    return r.data as WorkOrder
  })

describe('workers see and take the jobs their skills cover', () => {
  it('the pool shows a plumber only plumbing jobs; a worker without skills listed sees all', async () => {
    await report('plumbing')
    await report('elevator')
    const plumber = await env.call('plumber-1', 'repair', { action: 'list', scope: 'pool' })
    expect(plumber.ok && plumber.data.items.map((o: WorkOrder) => o.category)).toEqual(['plumbing'])
    const anyone = await env.call('staff-1', 'repair', { action: 'list', scope: 'pool' })
    expect(anyone.ok && anyone.data.items).toHaveLength(2)
  })

  it('accepting a job of another category is FORBIDDEN and changes nothing', async () => {
    const lift = await report('elevator')
    const grabbed = await env.call('plumber-1', 'repair', { action: 'accept', id: lift.id })
    expect(!grabbed.ok && grabbed.error.code).toBe('FORBIDDEN')
    expect((await env.runtime.store.collection('workOrders').get(lift.id))!.status).toBe('submitted')
  })

  it('a manager can still dispatch the job to that worker', async () => {
    const lift = await report('elevator')
    const assigned = await env.call('admin-1', 'repair', { action: 'assign', id: lift.id, staffOpenid: 'plumber-1' })
    expect(assigned.ok).toBe(true)
  })
})
