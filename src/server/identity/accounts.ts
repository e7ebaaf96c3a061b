import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { AccountDoc } from '../store/documents'
import type { Store } from '../store/store.port'
import { updateDoc } from '../store/update-doc'

/**
 * Makes `estateId` the estate the user's calls act in; `joined` also records a membership there
 * (the switcher lists memberships); `stay` keeps a user who already acts somewhere there (an
 * appointment made for them by head office). Creates the account on first use.
 */
export async function enterEstate(
  store: Store,
  openid: string,
  estateId: string,
  joined: boolean,
  stay = false,
): Promise<Result<AccountDoc>> {
  const accounts = store.collection('accounts')
  const enter = (account: AccountDoc): AccountDoc => ({
    ...account,
    currentEstateId: stay ? (account.currentEstateId ?? estateId) : estateId,
    memberships:
      joined && !account.memberships.includes(estateId) ? [...account.memberships, estateId] : account.memberships,
  })
  const fresh = enter({ id: openid, version: 0, currentEstateId: null, memberships: [], companyAdmin: false })
  if (!(await accounts.get(openid))) {
    const created = await accounts.insert(fresh)
    if (created) return ok(created)
  }
  const updated = await updateDoc(accounts, openid, (account) => ok(enter(account)))
  return updated.ok ? ok(updated.value.doc) : updated
}

/** The estate by id, or VALIDATION_FAILED naming the field the id came in. */
export async function knownEstate(store: Store, estateId: string, field = 'estateId') {
  const estate = await store.collection('estates').get(estateId)
  return estate
    ? ok(estate)
    : fail(appError(ErrorCode.VALIDATION_FAILED, 'no such estate', { [field]: ['没有这个小区'] }))
}
