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
