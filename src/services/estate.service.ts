import type { ApplyInput, RedeemInviteInput } from '@core/estate/estate.schemas'
import {
  applicationReply,
  estateListingsReply,
  membershipsReply,
  profileReply,
  publicInfoReply,
} from '@core/estate/estate.replies'
import { actionsOf, callCreate } from './call'

const me = actionsOf('me')

/** Joining the estate: the `me` actions a guest may call. */
export const onboardingService = {
  publicInfo: () => me('publicInfo', publicInfoReply),
  /** The estates of the company, by city then name: what a user not yet in one picks from. */
  estates: () => me('estates', estateListingsReply),
  /** The estates where the caller holds a role (households, jobs), the current one first. */
  memberships: () => me('memberships', membershipsReply),
  /** Acts in that estate from now on (a guest there until they join); answers the profile there. */
  switchEstate: (estateId: string) => me('switchEstate', profileReply, { estateId }),
  /** Binds the caller with a unit or staff code; answers their new profile. */
  redeemInvite: (input: RedeemInviteInput) => me('redeemInvite', profileReply, input),
  apply: (input: ApplyInput) => callCreate('me', { action: 'apply', ...input }, applicationReply),
}
