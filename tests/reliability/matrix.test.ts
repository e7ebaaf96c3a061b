import { FUNCTIONS } from '@server/functions'
import { recordFigure } from './support/figures'
import { buildFixtures, fingerprint, PERSONAS, ROLE_OF, type Fixtures, type Persona } from './support/fixtures'
import { inProcess, type InProcess } from './support/in-process'

// Every action of the registry × every persona, against fixtures owned by each: a role the action
// does not name is FORBIDDEN with nothing written; an allowed one never answers INTERNAL and never
// shows a resident the other household's people.
const ACTIONS = Object.entries(FUNCTIONS).flatMap(([fn, def]) =>
  Object.entries(def.actions).map(([name, action]) => ({ fn, name, roles: action.roles as readonly string[] })),
)

/** What each resident must never see of the other household. */
const OTHER_HOUSEHOLD: Partial<Record<Persona, string[]>> = {
  'resident-1': ['resident-2', '13800000002', '陈先生'],
  'resident-2': ['resident-1', '13800000001', '王女士'],
}

let env: InProcess
let fixtures: Fixtures
beforeAll(async () => {
  env = await inProcess()
  fixtures = await buildFixtures(env)
})
afterAll(() => env.close())

describe('the role × action matrix', () => {
  it(`${ACTIONS.length} actions × ${PERSONAS.length} personas hold their roles`, async () => {
    const failures: string[] = []
    let checks = 0
    for (const { fn, name, roles } of ACTIONS) {
      for (const persona of PERSONAS) {
        const others = PERSONAS.filter((p) => p !== persona).flatMap((p) => fixtures.owned[p])
        const events = [{ action: name }, ...others.map((id) => ({ action: name, id, orderId: id, code: id }))]
        for (const event of events) {
          checks++
          const before = await fingerprint(env)
          const answer = await env.call(persona, fn, event)
          const label = `${persona} ${fn}.${name} ${JSON.stringify(event)}`
          if (!roles.includes(ROLE_OF[persona])) {
            if (answer.ok || answer.error.code !== 'FORBIDDEN') failures.push(`${label}: not FORBIDDEN`)
            if ((await fingerprint(env)) !== before) failures.push(`${label}: wrote on refusal`)
            continue
          }
          if (!answer.ok && answer.error.code === 'INTERNAL') failures.push(`${label}: INTERNAL`)
          if (!answer.ok && (await fingerprint(env)) !== before) failures.push(`${label}: wrote on refusal`)
          const leaked = (OTHER_HOUSEHOLD[persona] ?? []).filter((secret) => JSON.stringify(answer).includes(secret))
          if (answer.ok && leaked.length > 0) failures.push(`${label}: shows ${leaked.join(', ')}`)
        }
      }
    }
    recordFigure('matrixChecks', checks)
    expect(failures).toEqual([])
  })
})
