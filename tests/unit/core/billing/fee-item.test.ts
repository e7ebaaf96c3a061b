import { areaCharge, centiSquareMetres, chargeFor, parseYuan } from '@core/billing/fee-item'
import { feeItem as item } from './billing.fixtures'

const unit = { id: '1-101', building: '1', areaM2: 89.37 }

describe('the property fee per m²', () => {
  it('89.37 m² at 2.85 yuan/m² is 254.70 yuan (254.7045 rounded half up to the fen)', () => {
    expect(areaCharge(89.37, 285)).toBe(25_470)
  })

  it('rounds half a fen up and less than half down', () => {
    expect(areaCharge(0.5, 1)).toBe(1)
    expect(areaCharge(0.49, 1)).toBe(0)
    expect(areaCharge(100.01, 250)).toBe(25_003)
  })

  it('reads areas floating point cannot hold exactly as the hundredths they are', () => {
    // 0.29 * 100 is 28.999999999999996 in binary floating point.
    expect(centiSquareMetres(0.29)).toBe(29)
    expect(centiSquareMetres(89.37)).toBe(8937)
    expect(() => centiSquareMetres(89.375)).toThrow(RangeError)
    expect(() => centiSquareMetres(-1)).toThrow(RangeError)
  })

  it('refuses a rate that is not integer fen', () => {
    expect(() => areaCharge(89.37, 2.85)).toThrow(RangeError)
  })
})

describe('what an item charges a unit', () => {
  it('per m² by area, monthly as is', () => {
    expect(chargeFor(item({}), unit, '2026-11')).toBe(25_470)
    expect(chargeFor(item({ kind: 'monthly', rateFen: 30_000 }), unit, '2026-11')).toBe(30_000)
  })

  it('only the listed units when it lists units', () => {
    const parking = item({ kind: 'monthly', rateFen: 30_000, unitIds: ['2-202'] })
    expect(chargeFor(parking, unit, '2026-11')).toBeNull()
    expect(chargeFor(parking, { ...unit, id: '2-202' }, '2026-11')).toBe(30_000)
  })

  it('a one-off item only in its own period; an inactive item or a zero amount never', () => {
    const once = item({ kind: 'one_off', rateFen: 5_000, period: '2026-12' })
    expect(chargeFor(once, unit, '2026-11')).toBeNull()
    expect(chargeFor(once, unit, '2026-12')).toBe(5_000)
    expect(chargeFor(item({ active: false }), unit, '2026-11')).toBeNull()
    expect(chargeFor(item({}), { ...unit, areaM2: 0 }, '2026-11')).toBeNull()
  })
})

describe('yuan typed by a manager', () => {
  it.each([
    ['2.85', 285],
    ['300', 30_000],
    ['0.5', 50],
    [' 12.30 ', 1_230],
  ])('%s yuan is %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen)
  })

  it.each(['', '2.855', '-1', '1e3', '一百', '2,85'])('%p is not a yuan amount', (text) => {
    expect(parseYuan(text)).toBeNull()
  })
})
