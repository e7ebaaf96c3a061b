import { ROLES } from '@core/identity/actor'
import { FUNCTIONS } from '@server/functions'

describe('every function action declares who may call it', () => {
  const actions = Object.entries(FUNCTIONS).flatMap(([fn, def]) =>
    Object.entries(def.actions).map(([name, action]) => ({ id: `${fn}.${name}`, action })),
  )

  it('there are actions to check', () => {
    expect(actions.length).toBeGreaterThan(10)
  })

  it.each(actions)('$id names its roles and its input schema', ({ action }) => {
    expect(action.roles.length).toBeGreaterThan(0)
    expect(action.roles.every((role: string) => (ROLES as readonly string[]).includes(role))).toBe(true)
    expect(typeof action.input.safeParse).toBe('function')
  })

  it('guests may call nothing but their own profile', () => {
    const open = actions.filter(({ action }) => action.roles.includes('guest')).map(({ id }) => id)
    expect(open).toEqual(['me.profile'])
  })
})
