import type { Actor } from '@core/identity/actor'
import type { Store } from './store/store.port'

/** The caller as the estate knows them; an openid the estate has never seen is a guest. */
export async function resolveActor(store: Store, openid: string): Promise<Actor> {
  const user = await store.collection('users').get(openid)
  if (!user) return { openid, role: 'guest', unitId: null, name: '' }
  return { openid, role: user.role, unitId: user.unitId, name: user.name }
}
