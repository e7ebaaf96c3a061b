import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { defineFunction } from '../define-function'
import { verifiedPhones } from '../phone/verified-phones'
import { departures, recordDeparture } from './departures'
import { collectPersonalData, erasePersonalData, type ErasureReport } from './personal-data'
import { applyRetention, loadRetention, retentionSchema, saveRetention } from './retention'

/** What the resident types to confirm leaving: a tap alone must not unbind a household member. */
export const LEAVE_CONFIRMATION = '确认注销'

const leaveSchema = z.object({
  confirm: z.literal(LEAVE_CONFIRMATION, { error: `请输入“${LEAVE_CONFIRMATION}”以确认` }),
  /** Also anonymise what they wrote and delete their photos and messages now (bills and receipts stay). */
  erase: z.boolean(),
})

/** A resident's rights over their data (PIPL), and the nightly retention run. */
export const privacyFunction = defineFunction('privacy', {
  actions: {
    /** Everything the estate holds about the caller: 我的 › 个人信息. */
    myData: action({
      roles: ['resident'],
      input: z.object({}),
      run: async (_input, { actor, store }) => ok(await collectPersonalData(store, actor.openid)),
    }),
    /** The same, as a file to keep: JSON with the time it was made. */
    exportMyData: action({
      roles: ['resident'],
      input: z.object({}),
      async run(_input, { actor, store, now: exportedAt }) {
        const data = await collectPersonalData(store, actor.openid)
        return ok({
          filename: `linli-personal-data-${exportedAt.slice(0, 10)}.json`,
          json: JSON.stringify({ exportedAt, ...data }, null, 2),
        })
      },
    }),
    /**
     * The resident unbinds themselves from the estate they are acting in, optionally erasing their
     * personal data there at once; their households in other estates are untouched.
     */
    leave: action({
      roles: ['resident'],
      input: leaveSchema,
      async run(input, ctx): Promise<Result<{ left: true; erased: ErasureReport | null }>> {
        const { actor, store } = ctx
        const users = store.collection('users')
        const user = await users.get(actor.openid)
        if (!user) return fail(appError(ErrorCode.NOT_FOUND, 'not bound'))
        const data = input.erase ? await collectPersonalData(store, actor.openid) : null
        if (!(await users.remove(user.id, user.version))) {
          return fail(appError(ErrorCode.CONFLICT, 'your record changed meanwhile; try again'))
        }
        await recordDeparture(ctx, user.id, user.unitId)
        if (!data) return ok({ left: true, erased: null })
        const erased = await erasePersonalData(ctx, data)
        const departure = await departures(store).get(user.id)
        if (departure) await departures(store).replace({ ...departure, anonymisedAt: ctx.now })
        return ok({ left: true, erased })
      },
    }),
    /**
     * Exchanges the phone-number button's code: the number is remembered as verified for the
     * caller, becomes a bound user's phone, and is returned so an onboarding form can fill it in.
     */
    verifyPhone: action({
      // Not the owners' committee: it holds no personal data, its own phone included.
      roles: ['guest', 'resident', 'maintenance', 'guard', 'service_desk', 'manager'],
      input: z.object({ code: z.string().trim().min(1).max(256) }),
      async run(input, { actor, runtime, store, now: verifiedAt }) {
        const phone = await runtime.phoneNumbers.exchange(input.code, actor.openid)
        if (!phone.ok) return phone
        const known = await verifiedPhones(store).get(actor.openid)
        const record = { id: actor.openid, phone: phone.value, verifiedAt }
        if (known) await verifiedPhones(store).replace({ ...record, version: known.version })
        else await verifiedPhones(store).insert({ ...record, version: 0 })
        // A guest who has not joined an estate yet has no membership to update.
        const user = store.estateId === null ? null : await store.collection('users').get(actor.openid)
        if (user && user.phone !== phone.value) await store.collection('users').replace({ ...user, phone: phone.value })
        return ok({ phone: phone.value, verified: true })
      },
    }),
    retention: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, { store }) => ok(await loadRetention(store)),
    }),
    updateRetention: action({
      roles: ['manager'],
      input: retentionSchema,
      audit: true,
      async run(input, { store }) {
        const saved = await saveRetention(store, input)
        return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'changed meanwhile; reload'))
      },
    }),
  },
  // Run once per estate by defineFunction, each on its own retention settings.
  timer: { run: applyRetention },
})
