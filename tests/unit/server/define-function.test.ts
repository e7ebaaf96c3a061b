import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROLES } from '@core/identity/actor'
import { FUNCTIONS } from '@server/functions'
import { createLocalRuntime, type LocalRuntime } from '@server/local/local-runtime'
import { seedIfEmpty } from '@server/local/seed'

describe('every function action declares who may call it', () => {
  const actions = Object.entries(FUNCTIONS).flatMap(([fn, def]) =>
    Object.entries(def.actions).map(([name, action]) => ({ id: `${fn}.${name}`, action })),
  )

  it('there are actions to check', () => {
    expect(actions.length).toBeGreaterThan(10)
  })

  // Each action is called by a seed user whose role it does not name, with an input no schema accepts:
  // the wrapper must answer FORBIDDEN (roles are checked before the input is read).
  const SEED_BY_ROLE: Record<string, string> = {
    guest: 'nobody-known',
    resident: 'resident-1',
    maintenance: 'staff-1',
    guard: 'guard-1',
    manager: 'admin-1',
    committee: 'committee-1',
  }
  const refused = actions.flatMap(({ id, action }) => {
    const outsider = ROLES.find((role) => !action.roles.includes(role))
    return outsider ? [{ id, outsider, openid: SEED_BY_ROLE[outsider]! }] : []
  })

  let dir: string
  let runtime: LocalRuntime
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'linli-roles-'))
    runtime = createLocalRuntime(dir, { info: () => {}, error: () => {} })
    await seedIfEmpty(runtime.store)
  })
  afterAll(async () => {
    await runtime.store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(refused)('$id refuses a $outsider before reading the input', async ({ id, openid }) => {
    const [fn, name] = id.split('.') as [string, string]
    const reply = await FUNCTIONS[fn]!.handle({ action: name, id: 42, limit: 'x' }, { kind: 'user', openid }, runtime)
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('guests may call nothing but their own profile, joining, public information and a pass whose token they hold', () => {
    const open = actions.filter(({ action }) => action.roles.includes('guest')).map(({ id }) => id)
    // A visitor opening a shared pass is usually no estate user; the link's 128-bit token is the permission.
    expect(open.sort()).toEqual([
      'inbox.announcements',
      'me.apply',
      'me.estates',
      'me.memberships',
      'me.profile',
      'me.publicInfo',
      'me.redeemInvite',
      'me.switchEstate',
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
