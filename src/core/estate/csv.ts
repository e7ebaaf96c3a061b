/** RFC 4180 CSV, as Excel and WPS write and read it. */

/** Excel only reads a CSV as UTF-8 (rather than the system's GBK) when it starts with this mark. */
export const UTF8_BOM = '\uFEFF'

/**
 * A CSV file's text: UTF-8 when the bytes are UTF-8, otherwise GB18030 (what Excel on Chinese
 * Windows saves "CSV" as). Needs the TextDecoder of Node and browsers; WeChat reads files as UTF-8 itself.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** One record with the line it started on (1-based, as a spreadsheet numbers rows). */
export interface CsvRecord {
  line: number
  cells: string[]
}

/**
 * Splits CSV text into records: quoted cells may hold commas, quotes ("") and line breaks; a
 * leading BOM is dropped; blank lines are skipped. Never throws: an unclosed quote runs to the end.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  const start = text.startsWith(UTF8_BOM) ? 1 : 0
  const endRecord = () => {
    cells.push(cell)
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells })
    cells = []
    cell = ''
  }
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') {
        quoted = false
      } else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"') {
      quoted = true
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      cell += ch
    }
  }
  if (cell !== '' || cells.length > 0) endRecord()
  return records
}

export type CsvValue = string | number | boolean | null

/** A text cell starting with one of these is a formula to Excel: a resident's description must not run. */
const FORMULA_START = /^[=+\-@\t\r]/

function cellText(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** CSV text for Excel: BOM, CRLF line ends, quoted where needed, text never read as a formula. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(cellText).join(',')).join('\r\n') + '\r\n'
}
