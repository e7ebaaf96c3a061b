import type { Envelope } from '@core/shared/envelope'
import { appError, ErrorCode, type AppError } from '@core/shared/errors'
import { fieldErrorsOf, z } from '@core/shared/zod'
import { contextOf, type ActionDefinition, type PaymentDefinition, type TimerDefinition } from './action'
import { recordAudit } from './audit/audit-log'
import { actsAs, worksTheOffice } from '@core/identity/actor'
import { resolveCaller } from './actor.resolver'
import { runInEachEstate } from './estate/each-estate'
import { afterAction, screenInput } from './screening/screen-content'
import { exportReasonOf } from './screening/export-reasons'
import type { Invoker, Runtime } from './ports/runtime.port'
import type { CollectionName } from './store/collections'
import { withReadAhead } from './store/read-ahead'
import type { InEstate, Store, StoredDoc } from './store/store.port'

export interface FunctionSpec {
  // Each action keeps its own input and result types; the registry holds them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  actions: Record<string, ActionDefinition<any, any>>
  /** Run when the function's timer trigger (config.json) fires. */
  timer?: TimerDefinition
  /** Makes this the payment notify function: users may then call none of it. */
  payment?: PaymentDefinition
  /**
   * The collection an event's `id` names: that document is read beside the caller's lookup (one
   * round trip for both), and the action's first read of it answers from there.
   */
  readAhead?: CollectionName
}

export interface CloudFunction {
  name: string
  actions: FunctionSpec['actions']
  timer?: TimerDefinition
  /** The runtime-independent entry: identity -> role check -> zod parse -> use case -> envelope. */
  handle(event: unknown, invoker: Invoker, runtime: Runtime): Promise<Envelope<unknown>>
}

const failure = (error: AppError): Envelope<never> => ({ ok: false, error })

const eventShape = z.looseObject({ action: z.string() })

/** Ids as the schemas accept them (at most 64 characters); anything else is left to the action to refuse. */
const MAX_ID_LENGTH = 64

/** The read ahead of the document the event names, not yet awaited (see `FunctionSpec.readAhead`). */
function readAheadOf(
  collection: CollectionName | undefined,
  event: unknown,
  platform: Store,
): [CollectionName, string, Promise<InEstate<StoredDoc> | null>] | null {
  const id = collection && event && typeof event === 'object' ? (event as { id?: unknown }).id : undefined
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return null
  const read = platform.acrossEstates(collection!).get(id)
  // Consumed (or dropped) by withReadAhead; a refused caller never looks, so its failure is handled here.
  read.catch(() => undefined)
  return [collection!, id, read]
}

export function defineFunction(name: string, spec: FunctionSpec): CloudFunction {
  async function dispatch(event: unknown, invoker: Invoker, runtime: Runtime): Promise<Envelope<unknown>> {
    const ctx = contextOf(runtime)
    if (invoker.kind === 'timer') {
      if (!spec.timer) return failure(appError(ErrorCode.FORBIDDEN, `${name} has no timer trigger`))
      return { ok: true, data: await runInEachEstate(spec.timer, ctx) }
    }
    if (invoker.kind === 'payment') {
      if (!spec.payment) return failure(appError(ErrorCode.FORBIDDEN, `${name} takes no payment notifications`))
      const applied = await spec.payment.run(event, ctx)
      return applied.ok ? { ok: true, data: applied.value } : failure(applied.error)
    }
    if (spec.payment)
      return failure(appError(ErrorCode.FORBIDDEN, `${name} only takes calls from the payment platform`))
    // Started before the caller is looked up, so both share one round trip.
    const readAhead = readAheadOf(spec.readAhead, event, ctx.store)
    const { actor, store: callerStore } = await resolveCaller(ctx.store, invoker.openid)
    const store = readAhead ? withReadAhead(callerStore, ...readAhead) : callerStore
    const envelope = eventShape.safeParse(event)
    const def =
      envelope.success && Object.hasOwn(spec.actions, envelope.data.action)
        ? spec.actions[envelope.data.action]
        : undefined
    if (!envelope.success || !def) {
      return failure(appError(ErrorCode.VALIDATION_FAILED, `unknown action for ${name}`, { action: ['未知的操作'] }))
    }
    // Head office keeps its company actions in whichever estate it is acting (and appointed) in.
    if (!actsAs(def.roles, actor)) {
      return failure(appError(ErrorCode.FORBIDDEN, `${actor.role} may not ${name}.${envelope.data.action}`))
    }
    const { action: _action, ...fields } = envelope.data
    const input = def.input.safeParse(fields)
    if (!input.success) {
      return failure(appError(ErrorCode.VALIDATION_FAILED, 'invalid input', fieldErrorsOf(input.error)))
    }
    const qualified = `${name}.${envelope.data.action}`
    const exportReason = exportReasonOf(qualified, fields)
    if (!exportReason.ok) return failure(exportReason.error)
    const call = { ...ctx, store, actor }
    const screened = await screenInput(qualified, input.data as Record<string, unknown>, call)
    if (!screened.ok) return failure(screened.error)
    const result = await def.run(input.data, call)
    if (!result.ok) return failure(result.error)
    const reply = await afterAction(qualified, input.data as Record<string, unknown>, result.value, call)
    if ((def.audit || exportReason.value) && worksTheOffice(actor)) {
      await recordAudit(call, {
        by: actor,
        action: qualified,
        input: exportReason.value ? { ...input.data, exportReason: exportReason.value } : input.data,
        result: result.value,
      })
    }
    return { ok: true, data: reply }
  }

  return {
    name,
    actions: spec.actions,
    timer: spec.timer,
    async handle(event, invoker, runtime) {
      try {
        return await dispatch(event, invoker, runtime)
      } catch (error) {
        // Unknown faults are logged in full but never shown to the caller.
        runtime.log.error(`${name} failed`, { error: error instanceof Error ? error.stack : String(error) })
        return failure(appError(ErrorCode.INTERNAL, 'internal error'))
      }
    },
  }
}
