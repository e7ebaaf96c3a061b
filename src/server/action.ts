import type { Caller, Role } from '@core/identity/actor'
import type { Result } from '@core/shared/result'
import type { IsoTime } from '@core/shared/time'
import type { z } from '@core/shared/zod'
import type { Runtime } from './ports/runtime.port'
import type { Store } from './store/store.port'

/** What every invocation (a user's action, a timer, a payment notification) runs with. */
export interface Context {
  /** The invocation's instant, read once from the clock, so every time one call writes agrees. */
  now: IsoTime
  /** The typed store (collections from store/collections.ts). */
  store: Store
  /** The other ports: files, push, pay, templates, ids, log. */
  runtime: Runtime
}

/** What an action receives besides its parsed input. */
export interface ActionContext extends Context {
  /** Scoped to the caller's current estate (unscoped for a caller who has none yet). */
  store: Store
  actor: Caller
}

/** The context of one invocation, its clock read now. */
export const contextOf = (runtime: Runtime): Context => ({
  now: runtime.clock.now().toISOString(),
  store: runtime.store,
  runtime,
})

export interface ActionDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  /** Who may call it; checked before the input is parsed or the use case runs. */
  roles: readonly Role[]
  input: S
  /** Record each successful call by the office (a manager or the service desk) in the audit log (who, when, what, on which id). */
  audit?: true
  run(input: z.output<S>, ctx: ActionContext): Promise<Result<R>>
}

/** Declares one action; the helper only exists to infer the input type from the schema. */
export function action<S extends z.ZodType, R>(def: ActionDefinition<S, R>): ActionDefinition<S, R> {
  return def
}

export interface TimerDefinition {
  run(ctx: Context): Promise<unknown>
}

/** Handles a notification from the payment platform (WeChat Pay's notify call), the only caller it accepts. */
export interface PaymentDefinition {
  run(notification: unknown, ctx: Context): Promise<Result<unknown>>
}
