import type { ErasureReport, PersonalData } from '@core/privacy/personal-data'
import type { Context } from '../action'
import { findAll } from '../store/paging'
import { UnscopedAccessError, type Store } from '../store/store.port'
import { isVerified } from '../phone/verified-phones'

export type { ErasureReport, PersonalData }

/** What anonymised records show in place of a name or free text. */
export const ERASED_NAME = '已注销住户'
export const ERASED_TEXT = '（内容已按住户要求删除）'

/**
 * One resident's data in the estate `store` is scoped to (never another estate's, where the same
 * person may live too), filtered by their own openid; household records (bills) by their unit,
 * which for a former resident is the unit they left.
 */
export async function collectPersonalData(
  store: Store,
  openid: string,
  formerUnitId: string | null = null,
): Promise<PersonalData> {
  const user = await store.collection('users').get(openid)
  const unitId = user?.unitId ?? formerUnitId
  const byUnit = unitId !== null
  const [orders, passes, bills, receipts, feedback, messages] = await Promise.all([
    byUnit ? findAll(store.collection('workOrders'), { unitId }) : Promise.resolve([]),
    byUnit ? findAll(store.collection('visitorPasses'), { unitId }) : Promise.resolve([]),
    byUnit ? findAll(store.collection('bills'), { unitId }) : Promise.resolve([]),
    byUnit ? findAll(store.collection('receipts'), { unitId }) : Promise.resolve([]),
    findAll(store.collection('feedback'), { ownerOpenid: openid }),
    findAll(store.collection('inbox'), { toOpenid: openid }),
  ])
  return {
    person: {
      openid,
      name: user?.name ?? null,
      phone: user?.phone ?? null,
      unitId,
      phoneVerified: await isVerified(store, openid, user?.phone ?? null),
    },
    // A household's other members have their own orders and passes: only the caller's are theirs.
    orders: orders.filter((order) => order.residentOpenid === openid),
    passes: passes.filter((pass) => pass.residentOpenid === openid),
    bills,
    receipts,
    feedback,
    messages,
  }
}

/** Deletes photos of the context's estate for good (erasure, retention). */
export async function removePhotos(ctx: Context, fileIds: readonly string[]): Promise<void> {
  const { estateId } = ctx.store
  if (estateId === null) throw new UnscopedAccessError('files')
  if (fileIds.length > 0) await ctx.runtime.files.remove(fileIds, estateId)
}

/**
 * Anonymises what `openid` wrote or is named in, and deletes their messages and photos, in the
 * context's estate. Bills and receipts stay (accounts must be kept); they name a unit, not a person.
 */
export async function erasePersonalData(ctx: Context, data: PersonalData): Promise<ErasureReport> {
  const { store } = ctx
  const photos = new Set<string>()
  for (const order of data.orders) {
    order.photos.forEach((id) => photos.add(id))
    await store.collection('workOrders').replace({
      ...order,
      residentName: ERASED_NAME,
      description: ERASED_TEXT,
      photos: [],
      rating: order.rating ? { stars: order.rating.stars } : null,
    })
  }
  for (const pass of data.passes) {
    await store.collection('visitorPasses').replace({
      ...pass,
      residentName: ERASED_NAME,
      visitorName: ERASED_NAME,
      visitorPhone: '',
      plate: null,
    })
  }
  for (const item of data.feedback) {
    item.photos.forEach((id) => photos.add(id))
    await store.collection('feedback').replace({
      ...item,
      residentName: ERASED_NAME,
      ownerName: item.ownerName === null ? null : ERASED_NAME,
      description: ERASED_TEXT,
      photos: [],
    })
  }
  for (const message of data.messages) await store.collection('inbox').remove(message.id, message.version)
  await removePhotos(ctx, [...photos])
  return {
    orders: data.orders.length,
    passes: data.passes.length,
    feedback: data.feedback.length,
    messages: data.messages.length,
    photos: photos.size,
  }
}
