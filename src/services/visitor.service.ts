import type { GateResult, HouseholdPass, SharedPass } from '@core/visitor/visitor-pass'
import type { CreatePassInput } from '@core/visitor/visitor.schemas'
import { callFunction, callCreate } from './call'

const visitor = <T>(action: string, fields: object = {}) => callFunction<T>('visitor', { action, ...fields })

/** The `visitor` cloud function, one method per action. */
export const visitorService = {
  create: (input: CreatePassInput) => callCreate<HouseholdPass>('visitor', { action: 'create', ...input }),
  /** The household's passes, newest first. */
  list: () => visitor<{ items: HouseholdPass[] }>('list'),
  get: (id: string) => visitor<HouseholdPass>('get', { id }),
  revoke: (id: string) => visitor<HouseholdPass>('revoke', { id }),
  /** The pass a shared link names, as the visitor sees it. */
  shared: (token: string) => visitor<SharedPass>('shared', { token }),
  /** Guards: what a scanned or typed code is, without recording anything. */
  verify: (code: string) => visitor<GateResult>('verify', { code }),
  /** Guards: lets the visitor in, once. */
  admit: (code: string) => visitor<GateResult>('admit', { code }),
}
