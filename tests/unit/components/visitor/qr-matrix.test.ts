import { create } from 'qrcode/lib/core/qrcode'
import { qrDarkRuns } from '../../../../src/components/visitor/qr-matrix'

const TOKEN = 'aB3_-xYz0123456789abcQ'

describe('the pass QR code drawn as dark runs', () => {
  it('a 22-character token fits a 25×25 symbol (version 2 at level M)', () => {
    expect(qrDarkRuns(TOKEN)).toHaveLength(25)
  })

  it('the runs redraw exactly the encoder’s modules', () => {
    const { modules } = create(TOKEN, { errorCorrectionLevel: 'M' })
    const redrawn = qrDarkRuns(TOKEN).map((runs) => {
      const row = Array<number>(modules.size).fill(0)
      for (const [x, length] of runs) row.fill(1, x, x + length)
      return row
    })
    const expected = Array.from({ length: modules.size }, (_, y) =>
      Array.from({ length: modules.size }, (_, x) => modules.get(y, x)),
    )
    expect(redrawn).toEqual(expected)
  })

  it('the top row starts and ends with the 7-module finder patterns', () => {
    const top = qrDarkRuns(TOKEN)[0]!
    expect(top[0]).toEqual([0, 7])
    expect(top[top.length - 1]).toEqual([18, 7])
  })
})
