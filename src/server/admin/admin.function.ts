import { OFFICE_ROLES } from '@core/identity/actor'
import { STAFF_ROLES } from '@core/estate/estate'
import { findStaff, staffRef } from '../identity/people.repository'
import type { EstateSettings } from '@core/estate/estate-settings'
import type { Grid } from '@core/estate/grid'
import { unschedulableWindows } from '@core/repair/sla-feasibility'
import { saveGridSchema, setDispatchSchema, slaPolicySchema } from '@core/repair/sla.schemas'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result, notFound } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { auditActions } from '../audit/audit.actions'
import { action, type ActionContext } from '../action'
import { consoleActions } from '../console/console.actions'
import { defineFunction } from '../define-function'
import { estateActions } from '../estate/estate.actions'
import { listGrids, loadSettings, saveSettings } from '../estate/estate-settings'
import { resolveActor } from '../actor.resolver'
import { onboardingActions } from '../identity/onboarding.actions'
import { peopleActions } from '../identity/people.actions'

import { kpiActions } from '../kpi/kpi.actions'
import { companyActions } from '../company/company.actions'
import { limitsActions } from '../limits/abuse-limits'

const conflict = () => fail(appError(ErrorCode.CONFLICT, 'another manager saved first; reload and try again'))

async function updateSettings(
  ctx: ActionContext,
  change: (s: EstateSettings) => EstateSettings,
): Promise<Result<EstateSettings>> {
  const saved = await saveSettings(ctx.store, change)
  return saved ? ok(saved) : conflict()
}

export const adminFunction = defineFunction('admin', {
  actions: {
    /** Staff the manager can hand jobs to. */
    listStaff: action({
      roles: OFFICE_ROLES,
      input: z.object({ role: z.enum(STAFF_ROLES).default('maintenance') }),
      run: async (input, ctx) => ok({ items: (await findStaff(ctx.store, [input.role])).map(staffRef) }),
    }),
    /** The SLA policy, service hours and dispatch modes in force. */
    getSettings: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, ctx) => ok(await loadSettings(ctx.store)),
    }),
    /** Replaces the SLA policy; orders already submitted keep the terms they were promised. */
    updateSlaPolicy: action({
      roles: ['manager'],
      audit: true,
      input: z.object({ policy: slaPolicySchema }),
      run(input, ctx) {
        const unschedulable = unschedulableWindows(input.policy, ctx.runtime.clock.now().toISOString())
        if (Object.keys(unschedulable).length > 0) {
          return Promise.resolve(
            fail(appError(ErrorCode.VALIDATION_FAILED, 'a window cannot be scheduled within 60 days', unschedulable)),
          )
        }
        return updateSettings(ctx, (s) => ({ ...s, sla: input.policy }))
      },
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
      run: async (_input, ctx) => ok({ items: await listGrids(ctx.store) }),
    }),
    /** Creates a grid, or replaces one by id; its owner must be maintenance staff. */
    saveGrid: action({
      roles: ['manager'],
      audit: true,
      input: saveGridSchema,
      async run(input, ctx) {
        const owner = await resolveActor(ctx.store, input.ownerOpenid)
        if (owner.role !== 'maintenance') {
          return fail(
            appError(ErrorCode.VALIDATION_FAILED, 'grid owner must be maintenance staff', {
              ownerOpenid: ['请选择维修人员'],
            }),
          )
        }
        const grids = ctx.store.collection('grids')
        const existing = input.id ? await grids.get(input.id) : null
        if (input.id && !existing) return notFound('grid')
        const grid: Grid = { ...input, id: existing?.id ?? ctx.runtime.newId(), version: existing?.version ?? 0 }
        const saved = existing ? await grids.replace(grid) : await grids.insert(grid)
        return saved ? ok(saved) : conflict()
      },
    }),
    deleteGrid: action({
      roles: ['manager'],
      audit: true,
      input: z.object({ id: z.string().min(1).max(64) }),
      async run(input, ctx) {
        const grids = ctx.store.collection('grids')
        const grid = await grids.get(input.id)
        if (!grid) return notFound('grid')
        return (await grids.remove(grid.id, grid.version)) ? ok({ id: grid.id }) : conflict()
      },
    }),
    ...estateActions,
    ...peopleActions,
    ...onboardingActions,
    ...kpiActions,
    ...companyActions,
    ...limitsActions,
    ...auditActions,
    ...consoleActions,
  },
})
