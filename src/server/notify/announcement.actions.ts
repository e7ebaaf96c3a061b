import { announceSchema, byPinThenNewest, concerns, type Announcement } from '@core/notify/announcement'
import { OFFICE_ROLES, ROLES } from '@core/identity/actor'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, notFound } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action, type ActionContext } from '../action'
import { once } from '../idempotency/request-log'

import type { Store } from '../store/store.port'
import { notify, type Notice } from './notifier'

/** Recent notices only: the home page shows a handful and older ones have done their work. */
const RECENT_LIMIT = 100
const SHOWN = 20
/** Residents read whole for an estate-wide emergency; estates are thousands of homes, not millions. */
const RESIDENTS_READ_LIMIT = 1000

async function buildingOf(store: Store, unitId: string | null): Promise<string | null> {
  return unitId ? ((await store.collection('units').get(unitId))?.building ?? null) : null
}

async function residentsConcerned(store: Store, announcement: Announcement): Promise<string[]> {
  const residents = await store.collection('users').find({ where: { role: 'resident' }, limit: RESIDENTS_READ_LIMIT })
  if (announcement.buildings === null) return residents.map((r) => r.id)
  const units = await store
    .collection('units')
    .find({ where: { building: { in: announcement.buildings } }, limit: 1000 })
  const inScope = new Set(units.map((u) => u.id))
  return residents.filter((r) => r.unitId !== null && inScope.has(r.unitId)).map((r) => r.id)
}

/** Posts a notice; an emergency one is pushed to everyone it concerns. */
async function announce(ctx: ActionContext, input: z.output<typeof announceSchema>) {
  const announcement: Announcement = {
    id: ctx.runtime.newId(),
    version: 0,
    title: input.title,
    body: input.body,
    buildings: input.buildings?.length ? input.buildings : null,
    emergency: input.emergency,
    createdAt: ctx.now,
    byOpenid: ctx.actor.openid,
    withdrawnAt: null,
  }
  const saved = await ctx.store.collection('announcements').insert(announcement)
  if (!saved) return fail(appError(ErrorCode.CONFLICT, 'announcement id taken'))
  if (saved.emergency) {
    const notices: Notice[] = (await residentsConcerned(ctx.store, saved)).map((toOpenid) => ({
      toOpenid,
      kind: 'announcement_emergency',
      title: `紧急通知：${saved.title}`,
      body: saved.body,
      ref: { type: 'announcement', id: saved.id },
      push: { template: 'emergencyNotice', values: { title: saved.title, note: saved.body, at: saved.createdAt } },
    }))
    await notify(ctx, notices)
  }
  return ok(saved)
}

export const announcementActions = {
  /** The notices for the caller: residents see the estate's and their building's; guests only the estate's. */
  announcements: action({
    roles: ROLES,
    input: z.object({}),
    async run(_input, ctx) {
      // A guest who has picked no estate yet has no estate to hear from.
      if (ctx.store.estateId === null) return ok({ items: [] })
      const recent = await ctx.store.collection('announcements').find({
        where: {},
        orderBy: { field: 'createdAt', direction: 'desc' },
        limit: RECENT_LIMIT,
      })
      const staff = ctx.actor.role !== 'resident' && ctx.actor.role !== 'guest' && ctx.actor.role !== 'company_admin'
      const building = await buildingOf(ctx.store, ctx.actor.unitId)
      const items = recent
        .filter((a) => a.withdrawnAt === null && (staff || concerns(a, building)))
        .sort(byPinThenNewest)
      return ok({ items: items.slice(0, SHOWN) })
    },
  }),
  /** A manager posts a notice; an emergency one is pushed to everyone it concerns. */
  announce: action({
    roles: OFFICE_ROLES,
    input: announceSchema,
    run: (input, ctx) => once(ctx, 'inbox.announce', input, () => announce(ctx, input)),
  }),
  withdraw: action({
    roles: OFFICE_ROLES,
    input: z.object({ id: z.string().min(1).max(64) }),
    async run(input, ctx) {
      const collection = ctx.store.collection('announcements')
      const current = await collection.get(input.id)
      if (!current || current.withdrawnAt) return notFound('announcement')
      const saved = await collection.replace({ ...current, withdrawnAt: ctx.now })
      return saved ? ok(saved) : fail(appError(ErrorCode.CONFLICT, 'changed meanwhile; reload'))
    },
  }),
}
