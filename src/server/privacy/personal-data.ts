import type { Bill } from '@core/billing/bill'
import type { Receipt } from '@core/billing/receipt'
import type { ErasureReport, PersonalData } from '@core/privacy/personal-data'
import { findAll } from '../billing/billing.repository'
import { feedbackCollection } from '../feedback/feedback.repository'
import { inboxCollection } from '../inbox/inbox.messages'
import { usersCollection } from '../identity/people.repository'
import { workOrders } from '../repair/work-order.repository'
import type { Runtime } from '../runtime/runtime'
import type { Store } from '../store/store.port'
import { isVerified } from '../phone/verified-phones'
import { visitorPasses } from '../visitor/visitor-pass.repository'

export type { ErasureReport, PersonalData }

/** What anonymised records show in place of a name or free text. */
export const ERASED_NAME = '已注销住户'
export const ERASED_TEXT = '（内容已按住户要求删除）'

/**
 * One resident's data, filtered by their own openid; household records (bills) by their unit,
 * which for a former resident is the unit they left.
 */
export async function collectPersonalData(
  store: Store,
  openid: string,
  formerUnitId: string | null = null,
): Promise<PersonalData> {
  const user = await usersCollection(store).get(openid)
  const unitId = user?.unitId ?? formerUnitId
  const byUnit = unitId !== null
  const [orders, passes, bills, receipts, feedback, messages] = await Promise.all([
    byUnit ? findAll(workOrders(store).collection, { unitId }) : Promise.resolve([]),
    byUnit ? findAll(visitorPasses(store).collection, { unitId }) : Promise.resolve([]),
    byUnit ? findAll(store.collection<Bill>('bills'), { unitId }) : Promise.resolve([]),
    byUnit ? findAll(store.collection<Receipt>('receipts'), { unitId }) : Promise.resolve([]),
    findAll(feedbackCollection(store), { ownerOpenid: openid }),
    findAll(inboxCollection(store), { toOpenid: openid }),
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

/**
 * Anonymises what `openid` wrote or is named in, and deletes their messages and photos. Bills and
 * receipts stay (accounts must be kept); they name a unit, not a person.
 */
export async function erasePersonalData(runtime: Runtime, data: PersonalData): Promise<ErasureReport> {
  const { store } = runtime
  const photos = new Set<string>()
  for (const order of data.orders) {
    order.photos.forEach((id) => photos.add(id))
    await workOrders(store).collection.replace({
      ...order,
      residentName: ERASED_NAME,
      description: ERASED_TEXT,
      photos: [],
      rating: order.rating ? { stars: order.rating.stars } : null,
    })
  }
  for (const pass of data.passes) {
    await visitorPasses(store).collection.replace({
      ...pass,
      residentName: ERASED_NAME,
      visitorName: ERASED_NAME,
      visitorPhone: '',
      plate: null,
    })
  }
  for (const item of data.feedback) {
    item.photos.forEach((id) => photos.add(id))
    await feedbackCollection(store).replace({
      ...item,
      residentName: ERASED_NAME,
      ownerName: item.ownerName === null ? null : ERASED_NAME,
      description: ERASED_TEXT,
      photos: [],
    })
  }
  for (const message of data.messages) await inboxCollection(store).remove(message.id, message.version)
  await runtime.files.remove([...photos])
  return {
    orders: data.orders.length,
    passes: data.passes.length,
    feedback: data.feedback.length,
    messages: data.messages.length,
    photos: photos.size,
  }
}
