import { formatMoney, formatYuan, formatYuanGrouped } from '@core/shared/money'

describe('money on screen', () => {
  it('groups thousands: ¥11,483.40', () => {
    expect(formatMoney(1_148_340)).toBe('¥11,483.40')
    expect(formatMoney(123_456_789_01)).toBe('¥123,456,789.01')
  })
  it('leaves small amounts alone and keeps the fen', () => {
    expect(formatMoney(0)).toBe('¥0.00')
    expect(formatMoney(5)).toBe('¥0.05')
    expect(formatMoney(99_999)).toBe('¥999.99')
    expect(formatMoney(100_000)).toBe('¥1,000.00')
  })
  it('puts the minus before the currency sign', () => {
    expect(formatMoney(-250_000)).toBe('-¥2,500.00')
    expect(formatYuanGrouped(-250_000)).toBe('-2,500.00')
  })
  it('keeps the plain form (CSV files, inputs) without separators', () => {
    expect(formatYuan(1_148_340)).toBe('11483.40')
  })
})
