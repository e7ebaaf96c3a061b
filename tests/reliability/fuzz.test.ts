import fc from 'fast-check'
import { FUNCTIONS } from '@server/functions'
import { recordFigure } from './support/figures'
import { buildFixtures, fingerprint, PERSONAS, ROLE_OF, type Fixtures } from './support/fixtures'
import { inProcess, type InProcess } from './support/in-process'
import { arbitraryFor, hostileValue } from './support/zod-arbitrary'

// Every action fed inputs drawn from its own zod schema with hostile values mixed in (wrong types,
// 1 MB strings, deep nesting, __proto__, NaN, far dates), in-process as a caller the action allows:
// never INTERNAL, and nothing written when it refuses.
const TOTAL_INPUTS = 10_000
const ACTIONS = Object.entries(FUNCTIONS).flatMap(([fn, def]) =>
  Object.entries(def.actions).map(([name, action]) => ({ fn, name, action })),
)
const RUNS_PER_ACTION = Math.ceil(TOTAL_INPUTS / ACTIONS.length)

let env: InProcess
let fixtures: Fixtures
beforeAll(async () => {
  env = await inProcess()
  fixtures = await buildFixtures(env)
})
afterAll(() => env.close())

describe('fuzzing every action', () => {
  it(`${ACTIONS.length} actions × ${RUNS_PER_ACTION} inputs: no INTERNAL, no write on refusal`, async () => {
    const problems: string[] = []
    let inputs = 0
    let internal = 0
    for (const { fn, name, action } of ACTIONS) {
      const caller = PERSONAS.find((p) => (action.roles as readonly string[]).includes(ROLE_OF[p]))!
      const fields = fc.oneof(
        { arbitrary: arbitraryFor(action.input, fixtures.all), weight: 5 },
        { arbitrary: hostileValue(), weight: 1 },
      )
      await fc.assert(
        fc.asyncProperty(fields, async (generated) => {
          inputs++
          const event =
            generated && typeof generated === 'object' && !Array.isArray(generated) ? generated : { value: generated }
          const before = await fingerprint(env)
          const answer = await env.call(caller, fn, { ...event, action: name })
          if (!answer.ok && answer.error.code === 'INTERNAL') {
            internal++
            problems.push(`${fn}.${name}: INTERNAL for ${JSON.stringify(event).slice(0, 300)}`)
          } else if (!answer.ok && (await fingerprint(env)) !== before) {
            problems.push(`${fn}.${name}: ${answer.error.code} but wrote, for ${JSON.stringify(event).slice(0, 300)}`)
          }
        }),
        { numRuns: RUNS_PER_ACTION, seed: 15, endOnFailure: true },
      )
    }
    recordFigure('fuzzInputs', inputs)
    recordFigure('internal', internal)
    expect(problems.slice(0, 20)).toEqual([])
    expect(inputs).toBeGreaterThanOrEqual(TOTAL_INPUTS)
  })
})
