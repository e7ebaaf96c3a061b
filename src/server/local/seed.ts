import { ESTATE_PROFILE_ID, DEFAULT_ESTATE_PROFILE } from '@core/estate/estate'
import { DEFAULT_SETTINGS } from '@core/estate/estate-settings'
import type { Vendor } from '@core/vendor/vendor'
import type { Store } from '../store/store.port'
import type { AccountDoc, EstateDoc, UnitDoc, UserDoc } from '../store/documents'

/** The demo estate (A) every earlier seed user belongs to. */
export const DEMO_ESTATE_ID = 'linli'
/** A second, small estate (B) with its own manager and resident, and its own service hours. */
export const SECOND_ESTATE_ID = 'lakeside'

const SEED_TIME = '2025-01-01T00:00:00.000Z'

/** Seed users (a public contract: the README and the tests sign in as them), estate by estate. */
export const SEED_USERS: Omit<UserDoc, 'version'>[] = [
  { id: 'resident-1', role: 'resident', name: '王女士', unitId: '1-101', phone: '13800000001' },
  { id: 'resident-2', role: 'resident', name: '陈先生', unitId: '2-202', phone: '13800000002' },
  { id: 'staff-1', role: 'maintenance', name: '李师傅', unitId: null, phone: '13900000001' },
  { id: 'staff-2', role: 'maintenance', name: '张师傅', unitId: null, phone: '13900000002' },
  { id: 'guard-1', role: 'guard', name: '赵保安', unitId: null, phone: '13900000003' },
  { id: 'admin-1', role: 'manager', name: '刘经理', unitId: null, phone: '13900000004' },
  { id: 'desk-1', role: 'service_desk', name: '吴客服', unitId: null, phone: '13900000010' },
  { id: 'committee-1', role: 'committee', name: '周主任', unitId: null, phone: '13900000005' },
  { id: 'vendor-1', role: 'vendor', name: '周师傅', unitId: null, phone: '13900000008', vendorId: 'vendor-demo' },
]

/** Estate B's people. resident-3 lives in B's 1-101: the same unit number as resident-1's in A. */
export const SECOND_ESTATE_USERS: Omit<UserDoc, 'version'>[] = [
  { id: 'admin-2', role: 'manager', name: '孙经理', unitId: null, phone: '13900000204' },
  { id: 'resident-3', role: 'resident', name: '周女士', unitId: '1-101', phone: '13800000203' },
]

/** Head office: compares the estates, appointed in none of them. */
export const COMPANY_ADMIN_OPENID = 'company-1'

export const SEED_ESTATES: Omit<EstateDoc, 'version'>[] = [
  { id: DEMO_ESTATE_ID, name: DEFAULT_ESTATE_PROFILE.name, city: '上海', createdAt: SEED_TIME },
  { id: SECOND_ESTATE_ID, name: '湖畔苑', city: '杭州', createdAt: SEED_TIME },
]

/** The demo estate's lift company vendor-1 works for; no category is routed to it until a manager says so. */
export const SEED_VENDOR: Vendor = {
  id: 'vendor-demo',
  version: 0,
  name: '安达电梯维保',
  categories: ['elevator'],
  contractFrom: '2026-01-01',
  contractTo: '2027-12-31',
  contactName: '周经理',
  contactPhone: '13900000006',
  sla: {},
  dispatcherOpenid: null,
  createdAt: '2026-01-01T00:00:00.000Z',
}

function units(buildings: string[], floors: number, perFloor: number): UnitDoc[] {
  return buildings.flatMap((building) =>
    Array.from({ length: floors * perFloor }, (_, i) => {
      const floor = Math.floor(i / perFloor) + 1
      const number = `${floor}0${(i % perFloor) + 1}`
      return { id: `${building}-${number}`, version: 0, building, number, floor, areaM2: 89 + (i % 3) * 20 }
    }),
  )
}

const withVersion = <T>(docs: Omit<T, 'version'>[]) => docs.map((doc) => ({ ...doc, version: 0 }) as T)

/** Loads the demo estates into an empty store; a store that has estates is left alone. */
export async function seedIfEmpty(store: Store): Promise<boolean> {
  if ((await store.collection('estates').count({})) > 0) return false
  const demo = store.forEstate(DEMO_ESTATE_ID)
  await demo.collection('units').insertMany(units(['1', '2', '3'], 6, 2))
  await demo.collection('users').insertMany(withVersion<UserDoc>(SEED_USERS))
  await demo.collection('vendors').insert(SEED_VENDOR)

  const second = store.forEstate(SECOND_ESTATE_ID)
  await second.collection('units').insertMany(units(['1'], 2, 2))
  await second.collection('users').insertMany(withVersion<UserDoc>(SECOND_ESTATE_USERS))
  await second.collection('settings').insertMany([
    { ...DEFAULT_ESTATE_PROFILE, id: ESTATE_PROFILE_ID, name: '湖畔苑' },
    {
      ...DEFAULT_SETTINGS,
      sla: {
        ...DEFAULT_SETTINGS.sla,
        serviceHours: { ...DEFAULT_SETTINGS.sla.serviceHours, opensAt: '09:00', closesAt: '18:00' },
      },
    },
  ])

  await store.collection('accounts').insertMany([
    {
      id: COMPANY_ADMIN_OPENID,
      version: 0,
      currentEstateId: null,
      memberships: [],
      companyAdmin: true,
    } satisfies AccountDoc,
  ])
  // Last: its presence marks the seed as done.
  await store.collection('estates').insertMany(withVersion<EstateDoc>(SEED_ESTATES))
  return true
}
