import type { Grid } from '@core/estate/grid'
import { saveGridSchema, setDispatchSchema, slaPolicySchema } from '@core/repair/sla.schemas'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { auditActions } from '../audit/audit.actions'
import { consoleActions } from '../console/console.actions'
import { action, defineFunction, type ActionContext } from '../define-function'
import { estateActions } from '../estate/estate.actions'
import { gridsCollection, listGrids, loadSettings, saveSettings, type EstateSettings } from '../estate/estate-settings'
import { resolveActor } from '../identity/actor.resolver'
import { onboardingActions } from '../identity/onboarding.actions'
import { peopleActions } from '../identity/people.actions'
import type { UserDoc } from '../identity/user.doc'
import { kpiActions } from '../kpi/kpi.actions'

const STAFF_ROLES = ['maintenance', 'guard', 'manager'] as const

const conflict = () => fail(appError(ErrorCode.CONFLICT, 'another manager saved first; reload and try again'))

async function updateSettings(
  ctx: ActionContext,
  change: (s: EstateSettings) => EstateSettings,
): Promise<Result<EstateSettings>> {
  const saved = await saveSettings(ctx.runtime.store, change)
  return saved ? ok(saved) : conflict()
}

export const adminFunction = defineFunction('admin', {
  actions: {
    /** Staff the manager can hand jobs to. */
    listStaff: action({
      roles: ['manager'],
      input: z.object({ role: z.enum(STAFF_ROLES).default('maintenance') }),
      async run(input, { runtime }) {
        const staff = await runtime.store
          .collection<UserDoc>('users')
          .find({ where: { role: input.role }, limit: 1000 })
        return ok({ items: staff.map(({ id, name, role }) => ({ openid: id, name, role })) })
      },
    }),
    /** The SLA policy, service hours and dispatch modes in force. */
    getSettings: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, { runtime }) => ok(await loadSettings(runtime.store)),
    }),
    /** Replaces the SLA policy; orders already submitted keep the terms they were promised. */
    updateSlaPolicy: action({
      roles: ['manager'],
      audit: true,
      input: z.object({ policy: slaPolicySchema }),
      run: (input, ctx) => updateSettings(ctx, (s) => ({ ...s, sla: input.policy })),
    }),
    setDispatch: action({
      roles: ['manager'],
      audit: true,
      input: setDispatchSchema,
      run: (input, ctx) =>
        updateSettings(ctx, (s) => ({ ...s, dispatch: { ...s.dispatch, [input.category]: input.mode } })),
    }),
    listGrids: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, { runtime }) => ok({ items: await listGrids(runtime.store) }),
    }),
    /** Creates a grid, or replaces one by id; its owner must be maintenance staff. */
    saveGrid: action({
      roles: ['manager'],
      audit: true,
      input: saveGridSchema,
      async run(input, { runtime }) {
        const owner = await resolveActor(runtime.store, input.ownerOpenid)
        if (owner.role !== 'maintenance') {
          return fail(
            appError(ErrorCode.VALIDATION_FAILED, 'grid owner must be maintenance staff', {
              ownerOpenid: ['请选择维修人员'],
            }),
          )
        }
        const grids = gridsCollection(runtime.store)
        const existing = input.id ? await grids.get(input.id) : null
        if (input.id && !existing) return fail(appError(ErrorCode.NOT_FOUND, 'no such grid'))
        const grid: Grid = { ...input, id: existing?.id ?? runtime.newId(), version: existing?.version ?? 0 }
        const saved = existing ? await grids.replace(grid) : await grids.insert(grid)
        return saved ? ok(saved) : conflict()
      },
    }),
    deleteGrid: action({
      roles: ['manager'],
      audit: true,
      input: z.object({ id: z.string().min(1).max(64) }),
      async run(input, { runtime }) {
        const grids = gridsCollection(runtime.store)
        const grid = await grids.get(input.id)
        if (!grid) return fail(appError(ErrorCode.NOT_FOUND, 'no such grid'))
        return (await grids.remove(grid.id, grid.version)) ? ok({ id: grid.id }) : conflict()
      },
    }),
    ...estateActions,
    ...peopleActions,
    ...onboardingActions,
    ...kpiActions,
    ...auditActions,
    ...consoleActions,
  },
})
