import { newBill, type Bill } from '@core/billing/bill'
import { arrearsCsv, collectionReport, daysOverdue } from '@core/billing/billing-report'
import { fromPayStamp, isLocalDate, lastDayOf, toPayStamp } from '@core/billing/calendar'
import { feeItem, T0 } from './billing.fixtures'

const bill = (unitId: string, amount: number, status: Bill['status'] = 'unpaid'): Bill => ({
  ...newBill(
    feeItem({ kind: 'monthly', rateFen: 100 }),
    { id: unitId, building: unitId.split('-')[0]!, areaM2: 90 },
    '2026-11',
    '2026-11-30',
    amount,
    T0,
  ),
  status,
})

describe('the collection report', () => {
  it('gives each building, in natural order, and the total its rate in basis points rounded down', () => {
    const report = collectionReport('2026-11', [
      bill('10-101', 300, 'paid'),
      bill('2-101', 100, 'paid'),
      bill('2-102', 200),
    ])
    expect(report.rows.map((r) => r.building)).toEqual(['2', '10'])
    expect(report.rows[0]).toEqual({ building: '2', bills: 2, paidBills: 1, billed: 300, collected: 100, rateBp: 3333 })
    expect(report.total).toEqual({ building: 'all', bills: 3, paidBills: 2, billed: 600, collected: 400, rateBp: 6666 })
  })

  it('reports a rate of 0 for a period without bills', () => {
    expect(collectionReport('2026-11', []).total.rateBp).toBe(0)
  })
})

describe('the arrears CSV', () => {
  it('starts with a byte-order mark, writes yuan from fen, and quotes what needs quoting', () => {
    const quoted = { ...bill('1-101', 25_470), itemName: '物业费, "含公摊"' }
    const csv = arrearsCsv([quoted], '2026-12-03')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      '房号,楼栋,费用项目,账期,金额（元）,到期日,逾期天数',
      '1-101,1,"物业费, ""含公摊""",2026-11,254.70,2026-11-30,3',
      '',
    ])
  })

  it('counts whole days overdue across a month end', () => {
    expect(daysOverdue('2026-11-30', '2026-12-01')).toBe(1)
    expect(daysOverdue('2026-02-28', '2026-03-01')).toBe(1)
  })
})

describe('the billing calendar', () => {
  it('knows the last day of each month', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28')
    expect(lastDayOf('2028-02')).toBe('2028-02-29')
    expect(lastDayOf('2026-12')).toBe('2026-12-31')
  })

  it('accepts only real dates', () => {
    expect(isLocalDate('2026-11-30')).toBe(true)
    expect(isLocalDate('2026-11-31')).toBe(false)
    expect(isLocalDate('2026-1-3')).toBe(false)
  })

  it('reads and writes WeChat Pay stamps in China time', () => {
    expect(toPayStamp('2026-11-30T16:05:09.000Z')).toBe('20261201000509')
    expect(fromPayStamp('20261201000509')).toBe('2026-11-30T16:05:09.000Z')
    expect(fromPayStamp('2026-12-01')).toBeNull()
  })
})
