import { CATEGORIES, type Category } from '../repair/work-order'
import type { IsoTime } from '../shared/time'

/** A home in the estate: `1-101` is building 1, room 101. Units are the truth of the estate's layout. */
export interface Unit {
  /** `<building>-<number>`. */
  id: string
  version: number
  building: string
  number: string
  floor: number
  /** Floor area in square metres, at most 2 decimals (fees are charged per square metre). */
  areaM2: number
}

/** A unit as the console lists it. */
export type UnitRow = Unit & { residents: number }

export const unitIdOf = (building: string, number: string): string => `${building}-${number}`

/** A building as the console and the welcome page list it: derived from its units. */
export interface Building {
  /** The code units carry, e.g. `1`. */
  code: string
  /** Display name, e.g. `1号楼`. */
  name: string
  unitCount: number
  /** Highest floor among its units. */
  floors: number
}

/** A shared place residents can report problems in (lobby, garage, garden). */
export interface PublicArea {
  id: string
  name: string
}

/** What the estate tells anyone, including a WeChat user not yet bound to a home. */
export interface EstateProfile {
  /** Fixed: one cloud environment is one estate, so its profile is one document. */
  id: typeof ESTATE_PROFILE_ID
  version: number
  name: string
  address: string
  /** The property office's phone, shown on the welcome page. */
  servicePhone: string
  /** Names overriding the default `<code>号楼`. */
  buildingNames: Record<string, string>
  publicAreas: PublicArea[]
}

export const ESTATE_PROFILE_ID = 'profile'

/** What the welcome page shows a guest: the profile's public part and the buildings to apply for. */
export type PublicInfo = Pick<EstateProfile, 'name' | 'address' | 'servicePhone' | 'publicAreas'> & {
  buildings: Pick<Building, 'code' | 'name'>[]
}

export const DEFAULT_ESTATE_PROFILE: EstateProfile = {
  id: ESTATE_PROFILE_ID,
  version: 0,
  name: '邻里小区',
  address: '',
  servicePhone: '',
  buildingNames: {},
  publicAreas: [
    { id: 'lobby', name: '大堂' },
    { id: 'garage', name: '地下车库' },
    { id: 'garden', name: '中心花园' },
  ],
}

export const buildingName = (profile: Pick<EstateProfile, 'buildingNames'>, code: string): string =>
  profile.buildingNames[code] ?? `${code}号楼`

/** Groups units into buildings, ordered naturally (2 before 10). */
export function buildingsOf(
  units: readonly Pick<Unit, 'building' | 'floor'>[],
  profile: Pick<EstateProfile, 'buildingNames'>,
): Building[] {
  const byCode = new Map<string, Building>()
  for (const unit of units) {
    const building = byCode.get(unit.building) ?? {
      code: unit.building,
      name: buildingName(profile, unit.building),
      unitCount: 0,
      floors: 0,
    }
    building.unitCount += 1
    building.floors = Math.max(building.floors, unit.floor)
    byCode.set(unit.building, building)
  }
  return [...byCode.values()].sort((a, b) => naturalCompare(a.code, b.code))
}

const chunks = (text: string): string[] => text.match(/\d+|\D+/g) ?? []

/** `2` before `10`, `2-9` before `2-10`. Plain code, not Intl: WeChat's Android runtime may lack ICU. */
export function naturalCompare(a: string, b: string): number {
  const x = chunks(a)
  const y = chunks(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!
    const q = y[i]!
    const diff = /^\d/.test(p) && /^\d/.test(q) ? Number(p) - Number(q) : p < q ? -1 : p > q ? 1 : 0
    if (diff !== 0) return diff
  }
  return x.length - y.length
}

/** How a resident lives in their unit. */
export const RELATIONS = ['owner', 'family', 'tenant'] as const
export type Relation = (typeof RELATIONS)[number]

/** The roles a staff invite can carry; `guest` and `resident` are not staff. */
export const STAFF_ROLES = ['maintenance', 'guard', 'service_desk', 'manager'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** A resident as managers see them. */
export interface Resident {
  openid: string
  name: string
  phone: string | null
  unitId: string
  /** Null for records entered before onboarding existed (the demo seed). */
  relation: Relation | null
  /** Whether the estate checked the person and relation (an approved application, or a manager's check). */
  verified: boolean
  joinedAt: IsoTime | null
}

/** A staff member as managers see them. */
/** A worker as shown to pick from (handing a job over, dispatching): no phone, no skills. */
export type StaffRef = Pick<StaffMember, 'openid' | 'name' | 'role'>

export interface StaffMember {
  openid: string
  name: string
  phone: string | null
  role: StaffRole
  /** The repair categories they take; empty means every category (an all-round worker). */
  skills: Category[]
  joinedAt: IsoTime | null
}

/** Whether a worker takes jobs of `category`. */
export const hasSkill = (staff: Pick<StaffMember, 'skills'>, category: Category): boolean =>
  staff.skills.length === 0 || staff.skills.includes(category)

/** Skills in the fixed category order, without repeats. */
export const normalizeSkills = (skills: readonly Category[]): Category[] => CATEGORIES.filter((c) => skills.includes(c))
