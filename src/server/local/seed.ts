import type { Store } from '../store/store.port'
import type { UnitDoc, UserDoc } from '../store/documents'

const BUILDINGS = ['1', '2', '3']
const FLOORS = 6
const UNITS_PER_FLOOR = 2

/** Seed users (a public contract: the README and the tests sign in as them). */
export const SEED_USERS: Omit<UserDoc, 'version'>[] = [
  { id: 'resident-1', role: 'resident', name: '王女士', unitId: '1-101', phone: '13800000001' },
  { id: 'resident-2', role: 'resident', name: '陈先生', unitId: '2-202', phone: '13800000002' },
  { id: 'staff-1', role: 'maintenance', name: '李师傅', unitId: null, phone: '13900000001' },
  { id: 'staff-2', role: 'maintenance', name: '张师傅', unitId: null, phone: '13900000002' },
  { id: 'guard-1', role: 'guard', name: '赵保安', unitId: null, phone: '13900000003' },
  { id: 'admin-1', role: 'manager', name: '刘经理', unitId: null, phone: '13900000004' },
  { id: 'committee-1', role: 'committee', name: '周主任', unitId: null, phone: '13900000005' },
]

function demoUnits(): UnitDoc[] {
  return BUILDINGS.flatMap((building) =>
    Array.from({ length: FLOORS * UNITS_PER_FLOOR }, (_, i) => {
      const floor = Math.floor(i / UNITS_PER_FLOOR) + 1
      const number = `${floor}0${(i % UNITS_PER_FLOOR) + 1}`
      return { id: `${building}-${number}`, version: 0, building, number, floor, areaM2: 89 + (i % 3) * 20 }
    }),
  )
}

/** Loads the demo estate into an empty store; a store that has users is left alone. */
export async function seedIfEmpty(store: Store): Promise<boolean> {
  const users = store.collection('users')
  if ((await users.count({})) > 0) return false
  await store.collection('units').insertMany(demoUnits())
  await users.insertMany(SEED_USERS.map((u) => ({ ...u, version: 0 })))
  return true
}
