import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DEFAULT_SLA_POLICY } from '@core/repair/sla'
import { PEOPLE, TRAFFIC } from '../../../sim/model'
import { rehearse } from '../../../sim/rehearsal'
import { comparePolicies, type CompareOptions } from '../../../sim/run-policies'

const SIM = resolve(__dirname, '../../../sim')
const small: CompareOptions = {
  days: 2,
  units: 150,
  workers: 3,
  seed: 11,
  policies: ['baseline', 'grid_push_ladder'],
  staffingDeltas: [0],
}

describe('the simulated month', () => {
  it('gives identical tables for two runs with one seed', async () => {
    const first = await comparePolicies(small)
    const second = await comparePolicies(small)
    expect(first.length).toBe(2)
    expect(first[0]!.figures.orders).toBeGreaterThan(0)
    expect(second).toEqual(first)
  })

  // Without bursts: the light estate does not group a burst's reports into an outage (README, 演练).
  it('gives the same figures on the light estate (the console’s rehearsal) as through the real handlers', async () => {
    const model = { ...TRAFFIC, burstsPer30Days: 0 }
    const real = await comparePolicies({ ...small, model, policies: ['baseline', 'pool_push', 'grid_push_ladder'] })
    for (const row of real) {
      const light = await rehearse(
        { workers: small.workers, shifts: PEOPLE.shifts, sla: DEFAULT_SLA_POLICY },
        {
          traffic: { model, units: small.units, orders: 0, fromEstate: false },
          seed: small.seed,
          days: small.days,
          policy: row.policy,
        },
      )
      expect({ policy: row.policy, figures: light }).toEqual({ policy: row.policy, figures: row.figures })
    }
  })

  it('lets the simulated people reach the server only through the functions’ public entry', () => {
    const adapter = 'estate-adapter.ts'
    const imports = (file: string) =>
      [...readFileSync(join(SIM, file), 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!)
    for (const file of readdirSync(SIM).filter((f) => f.endsWith('.ts') && f !== adapter)) {
      expect({
        file,
        server: imports(file).filter((s) => s.startsWith('@server') || s.includes('src/server')),
      }).toEqual({
        file,
        server: [],
      })
    }
    // The adapter builds the local runtime and calls handlers; it reaches no use case or store module.
    expect(
      imports(adapter)
        .filter((s) => s.startsWith('@server'))
        .sort(),
    ).toEqual([
      '@server/functions',
      '@server/local/local-runtime',
      '@server/local/seed',
      '@server/notify/local-push',
      '@server/ports/push.port',
      '@server/ports/runtime.port',
    ])
  })
})
