import { assertFen, type Fen } from '../shared/money'
import type { IsoTime } from '../shared/time'
import type { Period } from './calendar'

export const FEE_KINDS = ['per_m2_monthly', 'monthly', 'one_off'] as const
/**
 * `per_m2_monthly`: the property fee, fen per m² of floor area per month;
 * `monthly`: a fixed sum per unit per month (a parking space);
 * `one_off`: a fixed sum per unit, charged once by the run of its own period.
 */
export type FeeKind = (typeof FEE_KINDS)[number]

/** A charge the estate raises; bill runs turn it into bills. One cloud environment is one estate. */
export interface FeeItem {
  id: string
  version: number
  /** Shown on bills and receipts, e.g. 物业费. */
  name: string
  kind: FeeKind
  /** Integer fen: per m² per month, per unit per month, or per unit once (by kind). */
  rateFen: Fen
  /** The units charged; null charges every unit (a parking fee lists the units with a space). */
  unitIds: string[] | null
  /** `one_off` only: the period whose run charges it. */
  period: Period | null
  /** Inactive items are kept for the bills that name them but are left out of new runs. */
  active: boolean
  createdAt: IsoTime
  updatedAt: IsoTime
}

/** What a bill run needs to know of a unit. */
export interface BillableUnit {
  id: string
  building: string
  /** Floor area in m², recorded to 0.01 m². */
  areaM2: number
}

/** A floor area in hundredths of a m², exactly; throws on more precision than that (a data error). */
export function centiSquareMetres(areaM2: number): number {
  const centi = Math.round(areaM2 * 100)
  if (!Number.isSafeInteger(centi) || centi < 0 || Math.abs(areaM2 * 100 - centi) > 1e-6) {
    throw new RangeError(`floor area must be a non-negative number of m² with at most 2 decimals: ${areaM2}`)
  }
  return centi
}

/**
 * Area times rate, rounded half up to the fen, in integers only: 89.37 m² at 2.85 yuan/m² is
 * 8937 × 285 = 2 547 045 hundredths of a fen, i.e. 25 470 fen (254.70 yuan).
 */
export function areaCharge(areaM2: number, rateFen: Fen): Fen {
  const hundredthsOfFen = centiSquareMetres(areaM2) * assertFen(rateFen) + 50
  return assertFen((hundredthsOfFen - (hundredthsOfFen % 100)) / 100)
}

/** What `item` charges `unit` for `period`; null when it charges nothing (not this unit, not this run, zero). */
export function chargeFor(item: FeeItem, unit: BillableUnit, period: Period): Fen | null {
  if (!item.active) return null
  if (item.unitIds !== null && !item.unitIds.includes(unit.id)) return null
  if (item.kind === 'one_off' && item.period !== period) return null
  const amount = item.kind === 'per_m2_monthly' ? areaCharge(unit.areaM2, item.rateFen) : item.rateFen
  return amount > 0 ? amount : null
}

/** "2.85" -> 285 without floating point; null unless it is yuan with at most two decimals. */
export function parseYuan(text: string): Fen | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}
