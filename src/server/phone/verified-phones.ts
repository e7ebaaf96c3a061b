import type { Store } from '../store/store.port'

export const verifiedPhones = (store: Store) => store.collection('verifiedPhones')

export async function isVerified(store: Store, openid: string, phone: string | null): Promise<boolean> {
  if (!phone) return false
  return (await verifiedPhones(store).get(openid))?.phone === phone
}
