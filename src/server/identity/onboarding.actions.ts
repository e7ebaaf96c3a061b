import {
  applicationRefSchema,
  applySchema,
  createInviteSchema,
  inviteRefSchema,
  listApplicationsSchema,
  listInvitesSchema,
  redeemInviteSchema,
  rejectApplicationSchema,
} from '@core/estate/estate.schemas'
import { inviteView } from '@core/estate/invite-code'
import { ok } from '@core/shared/result'
import { action } from '../action'
import { findPage } from '../store/paging'
import { once } from '../idempotency/request-log'
import type { Where } from '../store/store.port'
import { apply, approve, reject } from './applications'
import { createInvite, redeemInvite, revokeInvite } from './invites'

/** Actions of the `me` function a guest (an openid the estate does not know yet) may call to join. */
export const joinActions = {
  /** Binds the caller with a unit or staff invite code; answers their new profile. */
  redeemInvite: action({
    roles: ['guest'],
    input: redeemInviteSchema,
    run: (input, ctx) => redeemInvite(ctx, input),
  }),
  /** Asks a manager to bind the caller to a unit; `me.profile` shows how it stands. */
  apply: action({
    roles: ['guest'],
    input: applySchema,
    run: (input, ctx) => once(ctx, 'me.apply', input, () => apply(ctx, input)),
  }),
}

/** Manager actions of the `admin` function: invite codes and applications. */
export const onboardingActions = {
  createInvite: action({
    roles: ['manager'],
    audit: true,
    input: createInviteSchema,
    run: (input, ctx) => once(ctx, 'admin.createInvite', input, () => createInvite(ctx, input)),
  }),
  /** Newest first, with each code's status now; optionally one unit's. */
  listInvites: action({
    roles: ['manager'],
    input: listInvitesSchema,
    async run(input, ctx) {
      const where: Where = input.unitId ? { unitId: input.unitId } : {}
      const page = await findPage(
        ctx.store.collection('inviteCodes'),
        { where, orderBy: { field: 'createdAt', direction: 'desc' } },
        input,
      )
      const now = ctx.now
      return page.ok ? ok({ ...page.value, items: page.value.items.map((code) => inviteView(code, now)) }) : page
    },
  }),
  revokeInvite: action({
    roles: ['manager'],
    audit: true,
    input: inviteRefSchema,
    run: (input, ctx) => revokeInvite(ctx, input.code),
  }),
  /** Pending ones oldest first (the queue); decided ones newest first. */
  listApplications: action({
    roles: ['manager'],
    input: listApplicationsSchema,
    run: (input, ctx) =>
      findPage(
        ctx.store.collection('applications'),
        {
          where: { status: input.status },
          orderBy: { field: 'createdAt', direction: input.status === 'pending' ? 'asc' : 'desc' },
        },
        input,
      ),
  }),
  approveApplication: action({
    roles: ['manager'],
    audit: true,
    input: applicationRefSchema,
    run: (input, ctx) => approve(ctx, input.id),
  }),
  rejectApplication: action({
    roles: ['manager'],
    audit: true,
    input: rejectApplicationSchema,
    run: (input, ctx) => reject(ctx, input.id, input.note),
  }),
}
