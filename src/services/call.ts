import Taro from '@tarojs/taro'
import type { Reply } from './reply'
import { ROUTES } from './routes'
import { transport } from './transport'

/**
 * Calls a cloud function. The reply's data is typed by the caller: the functions parse their
 * input with the core schemas and return core types, and both sides compile from the same core.
 */
export async function callFunction<T>(name: string, event: object): Promise<Reply<T>> {
  const reply = await transport.callFunction(name, event)
  if (!reply.ok && reply.error.code === 'UNAUTHENTICATED' && transport.signInMode === 'dev') {
    // The dev token is gone (host restarted with a fresh data folder): sign in again.
    transport.signOut()
    void Taro.reLaunch({ url: ROUTES.entry })
  }
  return reply as Reply<T>
}

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
export async function callCreate<T>(name: string, event: object): Promise<Reply<T>> {
  const withId = { ...event, requestId: newRequestId() }
  const first = await callFunction<T>(name, withId)
  return !first.ok && first.error.code === 'NETWORK' ? callFunction<T>(name, withId) : first
}
