import { parseCsv, toCsv } from '@core/estate/csv'

describe('reading CSV as Excel and WPS save it', () => {
  it('drops the BOM, takes CRLF or LF, and numbers records by the line they start on', () => {
    expect(parseCsv('\uFEFF楼栋,房号\r\n1,101\n\n2,201\r\n')).toEqual([
      { line: 1, cells: ['楼栋', '房号'] },
      { line: 2, cells: ['1', '101'] },
      { line: 4, cells: ['2', '201'] },
    ])
  })

  it('a quoted cell may hold commas, quotes and line breaks; the next record keeps its true line', () => {
    expect(parseCsv('a,"x, ""y""\nz"\nb,c')).toEqual([
      { line: 1, cells: ['a', 'x, "y"\nz'] },
      { line: 3, cells: ['b', 'c'] },
    ])
  })

  it("skips Excel's rows of bare commas and keeps empty cells elsewhere", () => {
    expect(parseCsv('1,,3\n,,\n')).toEqual([{ line: 1, cells: ['1', '', '3'] }])
  })
})

describe('writing CSV for Excel', () => {
  it('starts with a BOM, ends lines with CRLF and quotes only where needed', () => {
    expect(
      toCsv(
        ['名称', '数量'],
        [
          ['水管, 弯头', 2],
          ['说 "好"', null],
          ['多\n行', true],
        ],
      ),
    ).toBe('\uFEFF名称,数量\r\n"水管, 弯头",2\r\n"说 ""好""",\r\n"多\n行",true\r\n')
  })

  it('text that Excel would run as a formula is kept as text; numbers stay numbers', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          ['=1+1', '-2', -2],
          ['@SUM(A1)', '+86 138', 0],
        ],
      ),
    ).toBe("\uFEFFa,b,c\r\n'=1+1,'-2,-2\r\n'@SUM(A1),'+86 138,0\r\n")
  })

  it('what it writes reads back the same', () => {
    const rows = [
      ['王女士', '厨房漏水, "急"'],
      ['', '第二行\r\n换行'],
    ]
    expect(parseCsv(toCsv(['姓名', '描述'], rows)).map((r) => r.cells)).toEqual([['姓名', '描述'], ...rows])
  })
})
