import { nodeCrypto } from '../node-crypto'
import type { FeeItem } from '@core/billing/fee-item'
import type { Context } from '../action'

/** A claim this young may belong to a save still in flight (its item not yet written), never a leftover. */
const IN_FLIGHT_MS = 60_000
/** Lost compare-and-sets on one claim before giving up (each means another save moved it). */
const ATTEMPTS = 5

type Named = Pick<FeeItem, 'name' | 'kind'>

const claimIdOf = (item: Named) =>
  nodeCrypto().createHash('sha256').update(`${item.kind}|${item.name}`).digest('hex').slice(0, 32)

/**
 * Claims an active fee item's name and kind for `itemId`, atomically: the claim document's insert
 * (or compare-and-set) is what two simultaneous saves race for, so only one wins. A claim older
 * than a minute whose item was since renamed, deactivated or removed, or never written, is taken over.
 * False when another active item holds the name and kind.
 */
export async function claimFeeItemName(ctx: Context, item: Named, itemId: string): Promise<boolean> {
  const claims = ctx.store.collection('feeItemNames')
  const id = claimIdOf(item)
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const claim = await claims.get(id)
    if (claim?.itemId === itemId) return true
    if (claim && (await stillHeld(ctx, claim.itemId, claim.claimedAt, item))) return false
    const fresh = { id, version: claim?.version ?? 0, itemId, claimedAt: ctx.now }
    if (await (claim ? claims.replace(fresh) : claims.insert(fresh))) return true
  }
  return false
}

/** Gives the name and kind up, when `itemId` still holds them. */
export async function releaseFeeItemName(ctx: Context, item: Named, itemId: string): Promise<void> {
  const claims = ctx.store.collection('feeItemNames')
  const claim = await claims.get(claimIdOf(item))
  if (claim?.itemId === itemId) await claims.remove(claim.id, claim.version)
}

async function stillHeld(ctx: Context, holderId: string, claimedAt: string, item: Named): Promise<boolean> {
  if (Date.parse(ctx.now) - Date.parse(claimedAt) < IN_FLIGHT_MS) return true
  const holder = await ctx.store.collection('feeItems').get(holderId)
  return holder !== null && holder.active && holder.name === item.name && holder.kind === item.kind
}
