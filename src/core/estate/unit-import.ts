import { appError, ErrorCode, type AppError } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import { z } from '../shared/zod'
import { parseCsv } from './csv'
import { unitIdOf, type Unit } from './estate'

/** Rows one import may hold: an estate is thousands of units, not hundreds of thousands. */
export const IMPORT_MAX_ROWS = 20_000
/** Errors listed back; a wholly wrong file would otherwise list every row. */
export const IMPORT_MAX_ERRORS = 50

/** Each column's Chinese name, then the header names accepted for it (compared lower-cased, without a bracketed unit such as `(㎡)`). */
const COLUMN_NAMES = {
  building: ['楼栋', 'building', '楼号', '楼栋号', '栋'],
  number: ['房号', 'number', 'unit', 'room', '房间号', '门牌号', '户号'],
  floor: ['楼层', 'floor', '层'],
  areaM2: ['面积', 'aream2', 'area', '建筑面积'],
} as const
type Column = keyof typeof COLUMN_NAMES

const normalizeHeader = (cell: string) =>
  cell
    .replace(/[(（][^)）]*[)）]/g, '')
    .trim()
    .toLowerCase()

/** One row as written; floor may be left blank when the room number starts with it (1203 is on floor 12). */
const rowSchema = z
  .object({
    building: z
      .string()
      .trim()
      .min(1, '缺少楼栋')
      .max(16, '楼栋不超过 16 个字符')
      .regex(/^[0-9A-Za-z\u4e00-\u9fa5]*$/, '楼栋只能包含数字、字母或汉字'),
    number: z
      .string()
      .trim()
      .min(1, '缺少房号')
      .max(16, '房号不超过 16 个字符')
      .regex(/^[0-9A-Za-z]*$/, '房号只能包含数字或字母'),
    floor: z
      .string()
      .trim()
      .regex(/^(-?\d{1,3})?$/, '楼层须为整数'),
    // At most two decimals: billing multiplies area and rate exactly in hundredths of a m².
    areaM2: z
      .string()
      .trim()
      .min(1, '缺少面积')
      .regex(/^\d{1,5}(\.\d{1,2})?$/, '面积须为正数，最多两位小数')
      .transform(Number)
      .refine((area) => area > 0, '面积须大于 0'),
  })
  .transform((row, ctx) => {
    const floor =
      row.floor !== '' ? Number(row.floor) : /^\d{3,}$/.test(row.number) ? Number(row.number.slice(0, -2)) : null
    if (floor === null) {
      ctx.addIssue({ code: 'custom', path: ['floor'], message: '缺少楼层' })
      return z.NEVER
    }
    return { building: row.building, number: row.number, floor, areaM2: row.areaM2 }
  })

export type ImportedUnit = Omit<Unit, 'version'>

export interface RowError {
  /** The spreadsheet row (the header is row 1). */
  row: number
  message: string
}

/** The failure of an import: VALIDATION_FAILED with one `row.<n>` entry per bad row. */
export function importError(errors: readonly RowError[], total = errors.length): AppError {
  const shown = errors.slice(0, IMPORT_MAX_ERRORS)
  const fieldErrors: Record<string, string[]> = {}
  for (const { row, message } of shown) (fieldErrors[`row.${row}`] ??= []).push(`第 ${row} 行：${message}`)
  const more = total > shown.length ? ` (first ${shown.length} shown)` : ''
  return appError(ErrorCode.VALIDATION_FAILED, `${total} bad rows; nothing imported${more}`, fieldErrors)
}

function columnsOf(header: readonly string[]): Result<Record<Column, number>, RowError> {
  const names = header.map(normalizeHeader)
  const index = {} as Record<Column, number>
  const missing: string[] = []
  for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
    const at = names.findIndex((name) => (COLUMN_NAMES[column] as readonly string[]).includes(name))
    if (at < 0) missing.push(COLUMN_NAMES[column][0])
    else index[column] = at
  }
  if (missing.length > 0)
    return fail({ row: 1, message: `表头缺少列：${missing.join('、')}（需要 楼栋,房号,楼层,面积）` })
  return ok(index)
}

/**
 * Reads a CSV of units (columns 楼栋, 房号, 楼层, 面积 in any order, English names also accepted).
 * Every row is checked before anything is returned, so one bad row fails the whole file and the
 * failure names each bad row by its spreadsheet row number.
 */
export function parseUnitsCsv(text: string): Result<ImportedUnit[]> {
  const [header, ...records] = parseCsv(text)
  if (!header) return fail(importError([{ row: 1, message: '文件为空' }]))
  const columns = columnsOf(header.cells)
  if (!columns.ok) return fail(importError([columns.error]))
  if (records.length === 0) return fail(importError([{ row: 2, message: '没有房屋数据' }]))
  if (records.length > IMPORT_MAX_ROWS) {
    return fail(importError([{ row: IMPORT_MAX_ROWS + 2, message: `一次最多导入 ${IMPORT_MAX_ROWS} 行` }]))
  }
  const errors: RowError[] = []
  const units: ImportedUnit[] = []
  const firstRowOf = new Map<string, number>()
  for (const { line, cells } of records) {
    const cell = (column: Column) => cells[columns.value[column]] ?? ''
    const parsed = rowSchema.safeParse({
      building: cell('building'),
      number: cell('number'),
      floor: cell('floor'),
      areaM2: cell('areaM2'),
    })
    if (!parsed.success) {
      errors.push({ row: line, message: parsed.error.issues.map((issue) => issue.message).join('；') })
      continue
    }
    const id = unitIdOf(parsed.data.building, parsed.data.number)
    const earlier = firstRowOf.get(id)
    if (earlier !== undefined) {
      errors.push({ row: line, message: `房屋 ${id} 与第 ${earlier} 行重复` })
      continue
    }
    firstRowOf.set(id, line)
    units.push({ id, ...parsed.data })
  }
  return errors.length > 0 ? fail(importError(errors)) : ok(units)
}

/** What an import did. */
export interface ImportReport {
  /** Data rows in the file. */
  rows: number
  created: number
  /** Stored units whose floor or area the file corrected. */
  updated: number
  unchanged: number
  /** Distinct buildings the file names. */
  buildings: number
}

/** What an import will do against the units already stored. */
export interface ImportPlan {
  create: ImportedUnit[]
  /** Stored units whose floor or area the file corrects, at their stored version. */
  update: Unit[]
  unchanged: number
}

/** New units are created, changed ones corrected, identical ones left alone (re-importing a file is harmless). */
export function planImport(rows: readonly ImportedUnit[], stored: ReadonlyMap<string, Unit>): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: 0 }
  for (const row of rows) {
    const current = stored.get(row.id)
    if (!current) plan.create.push(row)
    else if (current.floor === row.floor && current.areaM2 === row.areaM2) plan.unchanged += 1
    else plan.update.push({ ...current, floor: row.floor, areaM2: row.areaM2 })
  }
  return plan
}
