import { asReply } from '@core/shared/reply-schemas'
import { networkFailure, type Reply, type Transport } from './transport.port'

/** Dev and tests: the local host's routes, the session token as a bearer header. */
export function fetchTransport(fetchFn: typeof fetch): Transport {
  async function post(path: string, body: unknown, token?: string): Promise<Reply<unknown>> {
    try {
      const response = await fetchFn(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
      // The host answers a refused token with 401 and an UNAUTHENTICATED envelope: the caller signs out on it.
      return asReply(await response.json())
    } catch (error) {
      return networkFailure(error)
    }
  }
  return {
    call: (fn, event, token) => post(`/api/fn/${fn}`, event, token),
    openSignIn: () => post('/api/console/open', {}),
    pollSignIn: (code, secret) => post('/api/console/poll', { code, secret }),
    // The host's token is already the session: nothing to exchange.
    adopt: async () => ({ ok: true, data: null }),
    signOut: async () => {},
  }
}
