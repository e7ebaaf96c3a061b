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
  return {
    openid,
    role: user.role,
    unitId: user.unitId,
    name: user.name,
    vendorId: user.vendorId ?? null,
    estateId,
    companyAdmin,
    skills: user.skills ?? [],
  }
}

/**
 * The caller of a function and the store of the estate they act in (their account's current one,
 * else the estate that has them): every estate collection the call touches is confined to it. The
 * account and the membership are read together, so most calls resolve in one round trip.
 */
export async function resolveCaller(platform: Store, openid: string): Promise<{ actor: Caller; store: Store }> {
  const [account, member] = await Promise.all([
    platform.collection('accounts').get(openid),
    platform.acrossEstates('users').get(openid),
  ])
  const companyAdmin = account?.companyAdmin ?? false
  const estateId = account?.currentEstateId ?? member?.estateId ?? null
  const store = estateId === null ? platform : platform.forEstate(estateId)
  // A member of several estates may be acting in another than the one found first.
  const user =
    member?.estateId === estateId ? member.doc : estateId ? await store.collection('users').get(openid) : null
  const base = { openid, estateId, companyAdmin }
  if (!user)
    return { actor: { ...base, role: companyAdmin ? 'company_admin' : 'guest', unitId: null, name: '' }, store }
  return {
    actor: {
      ...base,
      role: user.role,
      unitId: user.unitId,
      name: user.name,
      vendorId: user.vendorId ?? null,
      skills: user.skills ?? [],
    },
    store,
  }
}
