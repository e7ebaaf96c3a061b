import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import { qualityRulesSchema } from '@core/repair/quality-rules'
import { repeatRates } from '@core/repair/repeat-fault'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, notFound, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { contractReview, monthBounds, scorecard, scorecardCsv } from '@core/vendor/scorecard'
import type { RouteView, Vendor } from '@core/vendor/vendor'
import {
  contractReviewSchema,
  routeCategorySchema,
  saveVendorSchema,
  scorecardSchema,
  vendorInviteSchema,
  vendorRefSchema,
} from '@core/vendor/vendor.schemas'
import { action, type ActionContext } from '../action'
import { resolveActor } from '../actor.resolver'
import { defineFunction } from '../define-function'
import { issueInvite } from '../identity/invites'
import { loadQualityRules, saveQualityRules } from '../estate/quality-rules'
import { scorecardInputs } from './scorecard-data'
import { vendorWorkers } from './vendor-routing'

const VENDORS_READ = 200

const conflict = () => fail(appError(ErrorCode.CONFLICT, 'another manager saved first; reload and try again'))
const invalid = (field: string, message: string) =>
  fail(appError(ErrorCode.VALIDATION_FAILED, `invalid ${field}`, { [field]: [message] }))

async function saveVendor(input: z.output<typeof saveVendorSchema>, ctx: ActionContext): Promise<Result<Vendor>> {
  const vendors = ctx.store.collection('vendors')
  const existing = input.id ? await vendors.get(input.id) : null
  if (input.id && !existing) return notFound('vendor')
  if (input.dispatcherOpenid) {
    const dispatcher = await resolveActor(ctx.store, input.dispatcherOpenid)
    if (dispatcher.role !== 'vendor' || dispatcher.vendorId !== existing?.id) {
      return invalid('dispatcherOpenid', '派单员须为该单位的师傅')
    }
  }
  // A category still routed here must stay covered, or its orders would silently fall back in-house.
  if (existing) {
    const routed = await ctx.store.collection('vendorRoutes').find({ where: { vendorId: existing.id }, limit: 50 })
    const dropped = routed.find((r) => !input.categories.includes(r.id))
    if (dropped) return invalid('categories', `「${CATEGORY_LABEL[dropped.id]}」仍派给该单位，请先改派`)
  }
  const vendor: Vendor = {
    ...input,
    id: existing?.id ?? ctx.runtime.newId(),
    version: existing?.version ?? 0,
    createdAt: existing?.createdAt ?? ctx.now,
  }
  const saved = existing ? await vendors.replace(vendor) : await vendors.insert(vendor)
  return saved ? ok(saved) : conflict()
}

async function routeCategory(
  input: z.output<typeof routeCategorySchema>,
  ctx: ActionContext,
): Promise<Result<RouteView>> {
  const routes = ctx.store.collection('vendorRoutes')
  const current = await routes.get(input.category)
  if (input.vendorId === null) {
    if (current && !(await routes.remove(current.id, current.version))) return conflict()
    return ok({ category: input.category, vendorId: null, mode: null })
  }
  const vendor = await ctx.store.collection('vendors').get(input.vendorId)
  if (!vendor) return invalid('vendorId', '外包单位不存在')
  if (!vendor.categories.includes(input.category)) return invalid('category', '该单位的服务范围不含此类别')
  if (input.mode === 'dispatcher' && !vendor.dispatcherOpenid) return invalid('mode', '该单位尚未指定派单员')
  const route = { id: input.category, version: current?.version ?? 0, vendorId: vendor.id, mode: input.mode }
  const saved = current ? await routes.replace(route) : await routes.insert(route)
  return saved ? ok({ category: saved.id, vendorId: saved.vendorId, mode: saved.mode }) : conflict()
}

/** Outside vendors (外包单位): registration, routing, worker invites, the scorecard and contract review. */
export const vendorFunction = defineFunction('vendor', {
  actions: {
    list: action({
      roles: ['manager'],
      input: z.object({}),
      async run(_input, ctx) {
        const [vendors, routes] = await Promise.all([
          ctx.store
            .collection('vendors')
            .find({ where: {}, orderBy: { field: 'createdAt', direction: 'asc' }, limit: VENDORS_READ }),
          ctx.store.collection('vendorRoutes').find({ where: {}, limit: 50 }),
        ])
        return ok({
          items: vendors,
          routes: routes.map((r) => ({ category: r.id, vendorId: r.vendorId, mode: r.mode })),
        })
      },
    }),
    get: action({
      roles: ['manager'],
      input: vendorRefSchema,
      async run(input, ctx) {
        const vendor = await ctx.store.collection('vendors').get(input.id)
        if (!vendor) return notFound('vendor')
        const workers = await vendorWorkers(ctx.store, vendor.id)
        return ok({ vendor, workers: workers.map(({ openid, name }) => ({ openid, name })) })
      },
    }),
    save: action({ roles: ['manager'], audit: true, input: saveVendorSchema, run: saveVendor }),
    /** Routes new orders of a category to a vendor (pool or its dispatcher), or back in-house. */
    route: action({ roles: ['manager'], audit: true, input: routeCategorySchema, run: routeCategory }),
    /** A code the vendor's workers join with; they get the `vendor` role and see only its orders. */
    invite: action({
      roles: ['manager'],
      audit: true,
      input: vendorInviteSchema,
      async run(input, ctx) {
        if (!(await ctx.store.collection('vendors').get(input.vendorId))) return invalid('vendorId', '外包单位不存在')
        return issueInvite(ctx, {
          kind: 'vendor',
          vendorId: input.vendorId,
          unitId: null,
          role: null,
          skills: [],
          maxUses: input.maxUses,
          validDays: input.validDays,
        })
      },
    }),
    /** Every vendor's month, ranked best first. */
    scorecard: action({
      roles: ['manager'],
      input: scorecardSchema,
      async run(input, ctx) {
        const { truncated, ...inputs } = await scorecardInputs(ctx.store, input.month)
        return ok({ month: input.month, items: scorecard(input.month, inputs), truncated })
      },
    }),
    exportScorecard: action({
      roles: ['manager'],
      input: scorecardSchema,
      async run(input, ctx) {
        const { truncated, ...inputs } = await scorecardInputs(ctx.store, input.month)
        const rows = scorecard(input.month, inputs)
        return ok({
          filename: `外包单位考核_${input.month}.csv`,
          csv: scorecardCsv(rows),
          rows: rows.length,
          truncated,
        })
      },
    }),
    /** The last 12 months per vendor, flagged by the estate's review bar. */
    review: action({
      roles: ['manager'],
      input: contractReviewSchema,
      async run(input, ctx) {
        const [{ truncated, ...inputs }, rules] = await Promise.all([
          scorecardInputs(ctx.store, input.month, 12),
          loadQualityRules(ctx.store),
        ])
        return ok({
          month: input.month,
          rules: rules.review,
          items: contractReview(input.month, inputs, rules.review),
          truncated,
        })
      },
    }),
    /** Repeat-fault rates of the month by category, worker and vendor. */
    repeatRates: action({
      roles: ['manager'],
      input: scorecardSchema,
      async run(input, ctx) {
        const { orders } = await scorecardInputs(ctx.store, input.month)
        const { from, to } = monthBounds(input.month)
        return ok({
          month: input.month,
          byCategory: repeatRates(orders, 'category', from, to),
          byWorker: repeatRates(orders, 'worker', from, to),
          byVendor: repeatRates(orders, 'vendor', from, to),
        })
      },
    }),
    rules: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, ctx) => ok(await loadQualityRules(ctx.store)),
    }),
    saveRules: action({
      roles: ['manager'],
      audit: true,
      input: z.object({ rules: qualityRulesSchema }),
      async run(input, ctx) {
        const saved = await saveQualityRules(ctx.store, (current) => ({ ...current, ...input.rules }))
        return saved ? ok(saved) : conflict()
      },
    }),
  },
})
