import type { Store } from '../store/store.port'

/** The number WeChat vouched for, per user; a user's phone counts as verified while it equals this. */
export interface VerifiedPhoneDoc {
  /** Their openid. */
  id: string
  version: number
  phone: string
  verifiedAt: string
}

export const verifiedPhones = (store: Store) => store.collection<VerifiedPhoneDoc>('verifiedPhones')

export async function isVerified(store: Store, openid: string, phone: string | null): Promise<boolean> {
  if (!phone) return false
  return (await verifiedPhones(store).get(openid))?.phone === phone
}
