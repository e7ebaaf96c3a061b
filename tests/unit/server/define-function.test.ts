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

  it('guests may call nothing but their own profile, joining, public information and a pass whose token they hold', () => {
    const open = actions.filter(({ action }) => action.roles.includes('guest')).map(({ id }) => id)
    // A visitor opening a shared pass is usually no estate user; the link's 128-bit token is the permission.
    expect(open.sort()).toEqual([
      'inbox.announcements',
      'me.apply',
      'me.profile',
      'me.publicInfo',
      'me.redeemInvite',
      // The phone-number button on the onboarding form, before the guest has joined.
      'privacy.verifyPhone',
      'visitor.shared',
    ])
  })

  it('the manager actions the audit log must show are marked for it, and only manager actions are', () => {
    const audited = actions.filter(({ action }) => action.audit).map(({ id }) => id)
    expect(audited).toEqual(
      expect.arrayContaining([
        'repair.assign',
        'repair.cancel',
        'admin.updateSlaPolicy',
        'admin.setDispatch',
        'admin.saveGrid',
        'admin.deleteGrid',
        'admin.importUnits',
        'admin.saveEstateProfile',
        'admin.setStaff',
        'admin.verifyResident',
        'admin.unbind',
        'admin.createInvite',
        'admin.revokeInvite',
        'admin.approveApplication',
        'admin.rejectApplication',
        'admin.exportOrders',
      ]),
    )
    // The wrapper records managers' calls only, so a flag on an action they cannot call would record nothing.
    expect(actions.filter(({ action }) => action.audit && !action.roles.includes('manager'))).toEqual([])
  })
})
