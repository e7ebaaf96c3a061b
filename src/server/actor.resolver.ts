import type { Caller } from '@core/identity/actor'
import type { Store } from './store/store.port'

/** The caller as the estate of `store` knows them; an openid the estate has never seen is a guest there. */
export async function resolveActor(store: Store, openid: string): Promise<Caller> {
  const [user, account] = await Promise.all([
    store.collection('users').get(openid),
    store.collection('accounts').get(openid),
  ])
  const companyAdmin = account?.companyAdmin ?? false
  const estateId = store.estateId
  if (!user)
    return { openid, role: companyAdmin ? 'company_admin' : 'guest', unitId: null, name: '', estateId, companyAdmin }
  return { openid, role: user.role, unitId: user.unitId, name: user.name, estateId, companyAdmin }
}

/**
 * The caller of a function and the store of the estate they act in (their account's current one):
 * every estate collection the call touches is confined to it.
 */
export async function resolveCaller(platform: Store, openid: string): Promise<{ actor: Caller; store: Store }> {
  const account = await platform.collection('accounts').get(openid)
  // Members without an account (entered by an estate, or migrated) act in the estate that has them.
  const estateId = account?.currentEstateId ?? (await platform.acrossEstates('users').get(openid))?.estateId ?? null
  if (estateId === null) {
    const companyAdmin = account?.companyAdmin ?? false
    const role = companyAdmin ? 'company_admin' : 'guest'
    return { actor: { openid, role, unitId: null, name: '', estateId: null, companyAdmin }, store: platform }
  }
  const store = platform.forEstate(estateId)
  return { actor: await resolveActor(store, openid), store }
}
