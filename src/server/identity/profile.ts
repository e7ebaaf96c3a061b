import type { Profile } from '@core/estate/profile'
import type { Actor } from '@core/identity/actor'
import type { Store } from '../store/store.port'

/** What `me.profile` answers: the actor, whether they are bound, and a guest's application. */
export async function profileOf(store: Store, actor: Actor): Promise<Profile> {
  if (actor.role === 'guest') {
    const application = await store.collection('applications').get(actor.openid)
    return { ...actor, bound: false, phone: null, relation: null, verified: null, skills: [], application }
  }
  const user = await store.collection('users').get(actor.openid)
  return {
    ...actor,
    bound: true,
    phone: user?.phone ?? null,
    relation: user?.relation ?? null,
    verified: actor.role === 'resident' ? (user?.verified ?? true) : null,
    skills: user?.skills ?? [],
    application: null,
  }
}
