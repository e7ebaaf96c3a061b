import type { Unit } from '@core/estate/estate'
import { IMPORT_MAX_ERRORS, IMPORT_MAX_ROWS, parseUnitsCsv, planImport } from '@core/estate/unit-import'

const rowsOf = (text: string) => {
  const result = parseUnitsCsv(text)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}
const errorsOf = (text: string) => {
  const result = parseUnitsCsv(text)
  if (result.ok) throw new Error('expected a failure')
  return result.error.fieldErrors
}

describe('reading a CSV of units', () => {
  it('reads columns in any order, by Chinese or English names, with a unit in brackets', () => {
    expect(rowsOf('面积（㎡）,楼层,房号,楼栋\n88.5,1,101,A座\n')).toEqual([
      { id: 'A座-101', building: 'A座', number: '101', floor: 1, areaM2: 88.5 },
    ])
    expect(rowsOf('Building,Number,Floor,Area\n2,B01,-1,30\n')).toEqual([
      { id: '2-B01', building: '2', number: 'B01', floor: -1, areaM2: 30 },
    ])
  })

  it('a blank floor is read from the room number: room 1203 is on floor 12', () => {
    expect(rowsOf('楼栋,房号,楼层,面积\n1,1203,,100\n1,302,,100\n').map((u) => u.floor)).toEqual([12, 3])
    expect(errorsOf('楼栋,房号,楼层,面积\n1,B1,,100\n')).toEqual({ 'row.2': ['第 2 行：缺少楼层'] })
  })

  it('trims cells and ignores blank lines, numbering rows as the spreadsheet does', () => {
    expect(errorsOf('楼栋,房号,楼层,面积\n\n 1 , 101 , 1 , 0 \n')).toEqual({ 'row.3': ['第 3 行：面积须大于 0'] })
  })

  it('every bad row is named, and one bad row fails the whole file', () => {
    expect(errorsOf('楼栋,房号,楼层,面积\n1,101,1,80\n1-2,102,1,80\n1,103,1,8e2\n1,101,2,80\n')).toEqual({
      'row.3': ['第 3 行：楼栋只能包含数字、字母或汉字'],
      'row.4': ['第 4 行：面积须为正数，最多两位小数'],
      'row.5': ['第 5 行：房屋 1-101 与第 2 行重复'],
    })
  })

  it(`lists at most ${IMPORT_MAX_ERRORS} bad rows and says how many there were`, () => {
    const text = ['楼栋,房号,楼层,面积', ...Array.from({ length: 80 }, (_, i) => `1,${i + 100},1,x`)].join('\n')
    const result = parseUnitsCsv(text)
    expect(!result.ok && Object.keys(result.error.fieldErrors!)).toHaveLength(IMPORT_MAX_ERRORS)
    expect(!result.ok && result.error.message).toBe('80 bad rows; nothing imported (first 50 shown)')
  })

  it('an empty file, a header alone or too many rows are refused', () => {
    expect(errorsOf('')).toEqual({ 'row.1': ['第 1 行：文件为空'] })
    expect(errorsOf('楼栋,房号,楼层,面积\n')).toEqual({ 'row.2': ['第 2 行：没有房屋数据'] })
    const huge = [
      '楼栋,房号,楼层,面积',
      ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `1,${i + 100},1,80`),
    ].join('\n')
    expect(errorsOf(huge)).toEqual({
      [`row.${IMPORT_MAX_ROWS + 2}`]: [`第 ${IMPORT_MAX_ROWS + 2} 行：一次最多导入 ${IMPORT_MAX_ROWS} 行`],
    })
  })
})

describe('planning an import against the stored units', () => {
  const stored: Unit = { id: '1-101', version: 3, building: '1', number: '101', floor: 1, areaM2: 89 }

  it('creates the new, corrects the changed at their stored version, leaves the same alone', () => {
    const rows = [
      { id: '1-101', building: '1', number: '101', floor: 1, areaM2: 89.5 },
      { id: '1-102', building: '1', number: '102', floor: 1, areaM2: 90 },
    ]
    expect(planImport(rows, new Map([[stored.id, stored]]))).toEqual({
      create: [rows[1]],
      update: [{ ...stored, areaM2: 89.5 }],
      unchanged: 0,
    })
    expect(planImport([{ ...rows[0]!, areaM2: 89 }], new Map([[stored.id, stored]]))).toEqual({
      create: [],
      update: [],
      unchanged: 1,
    })
  })
})
