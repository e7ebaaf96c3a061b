import { formatYuan, type Fen } from '../shared/money'
import type { LocalDate, Period } from './calendar'
import type { Bill } from './bill'

export interface CollectionRow {
  /** A building, or `all` for the estate total. */
  building: string
  bills: number
  paidBills: number
  billed: Fen
  collected: Fen
  /** collected / billed in basis points, rounded down (8567 = 85.67%); 0 when nothing was billed. */
  rateBp: number
}

export interface CollectionReport {
  period: Period
  rows: CollectionRow[]
  total: CollectionRow
}

function row(building: string, bills: readonly Bill[]): CollectionRow {
  const paid = bills.filter((b) => b.status === 'paid')
  const billed = bills.reduce((sum, b) => sum + b.amount, 0)
  const collected = paid.reduce((sum, b) => sum + b.amount, 0)
  return {
    building,
    bills: bills.length,
    paidBills: paid.length,
    billed,
    collected,
    rateBp: billed === 0 ? 0 : Math.floor((collected * 10_000) / billed),
  }
}

/** The collection rate of one period, per building (in building order) and in total. */
export function collectionReport(period: Period, bills: readonly Bill[]): CollectionReport {
  const byBuilding = new Map<string, Bill[]>()
  for (const bill of bills) byBuilding.set(bill.building, [...(byBuilding.get(bill.building) ?? []), bill])
  const buildings = [...byBuilding.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }))
  return { period, rows: buildings.map((b) => row(b, byBuilding.get(b)!)), total: row('all', bills) }
}

/** Whole days from a due date to today (both estate-local dates). */
export const daysOverdue = (dueDate: LocalDate, today: LocalDate): number =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000)

const CSV_HEADER = ['房号', '楼栋', '费用项目', '账期', '金额（元）', '到期日', '逾期天数']

/** Quotes a field when it holds a separator, a quote or a line break (RFC 4180). */
const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/**
 * The arrears list as CSV. The byte-order mark makes Excel read it as UTF-8; amounts are yuan
 * text made from integer fen, never from floating point.
 */
export function arrearsCsv(bills: readonly Bill[], today: LocalDate): string {
  const lines = [
    CSV_HEADER,
    ...bills.map((b) => [
      b.unitId,
      b.building,
      b.itemName,
      b.period,
      formatYuan(b.amount),
      b.dueDate,
      String(daysOverdue(b.dueDate, today)),
    ]),
  ]
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`
}
