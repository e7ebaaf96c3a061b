import Taro from '@tarojs/taro'
import { parsedReply } from '@core/shared/reply-schemas'
import type { z } from '@core/shared/zod'
import type { Reply } from './reply'
import { ROUTES } from './routes'
import { transport } from './transport'

/** What every call names: the function's action, and the action's input beside it. */
export interface CallEvent {
  action: string
  [field: string]: unknown
}

/**
 * Calls a cloud function and parses its data with the action's reply schema (core/<module>/*.replies.ts):
 * a reply of another shape (an old function version, a broken deploy) is an INTERNAL failure the
 * screen shows as an error, not a crash later on a missing field.
 */
export async function callFunction<T>(name: string, event: CallEvent, schema: z.ZodType<T>): Promise<Reply<T>> {
  const reply = await transport.callFunction(name, event)
  if (!reply.ok && reply.error.code === 'UNAUTHENTICATED' && transport.signInMode === 'dev') {
    // The dev token is gone (host restarted with a fresh data folder): sign in again.
    transport.signOut()
    void Taro.reLaunch({ url: ROUTES.entry })
  }
  return parsedReply(reply, schema, `${name}.${event.action}`)
}

/**
 * One function's actions as a caller: `const billing = actionsOf('billing')`, then
 * `billing('list', billListReply, { status })` sends `{ action: 'list', status }` and parses the reply.
 */
export const actionsOf =
  (name: string) =>
  <T>(action: string, reply: z.ZodType<T>, fields: object = {}): Promise<Reply<T>> =>
    callFunction(name, { action, ...fields }, reply)

const REQUEST_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A fresh request id (24 characters of `[a-z0-9]`): one per user tap. */
export function newRequestId(): string {
  let id = Date.now().toString(36)
  while (id.length < 24) id += REQUEST_ID_ALPHABET[Math.floor(Math.random() * REQUEST_ID_ALPHABET.length)]
  return id
}

/**
 * A create-like call (one per user tap): it carries one requestId, kept across the single automatic
 * retry after a network error, so a request that reached the server before the network failed is
 * answered with its first result instead of being made twice.
 */
export async function callCreate<T>(name: string, event: CallEvent, schema: z.ZodType<T>): Promise<Reply<T>> {
  const withId = { ...event, requestId: newRequestId() }
  const first = await callFunction(name, withId, schema)
  return !first.ok && first.error.code === 'NETWORK' ? callFunction(name, withId, schema) : first
}
