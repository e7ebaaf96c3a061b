import {
  gateResultReply,
  householdPassListReply,
  householdPassReply,
  sharedPassReply,
} from '@core/visitor/visitor.replies'
import type { CreatePassInput } from '@core/visitor/visitor.schemas'
import { actionsOf, callCreate } from './call'

const visitor = actionsOf('visitor')

/** The `visitor` cloud function, one method per action. */
export const visitorService = {
  create: (input: CreatePassInput) => callCreate('visitor', { action: 'create', ...input }, householdPassReply),
  /** The household's passes, newest first. */
  list: () => visitor('list', householdPassListReply),
  get: (id: string) => visitor('get', householdPassReply, { id }),
  revoke: (id: string) => visitor('revoke', householdPassReply, { id }),
  /** The pass a shared link names, as the visitor sees it. */
  shared: (token: string) => visitor('shared', sharedPassReply, { token }),
  /** Guards: what a scanned or typed code is, without recording anything. */
  verify: (code: string) => visitor('verify', gateResultReply, { code }),
  /** Guards: lets the visitor in, once. */
  admit: (code: string) => visitor('admit', gateResultReply, { code }),
}
