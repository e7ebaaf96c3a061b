import { formatShortCode, parsePassCode, SHORT_CODE_ALPHABET } from '@core/visitor/pass-code'

describe('reading what a guard scanned or typed', () => {
  it('the short-code alphabet has nothing to misread: no 0/O and no 1/I/L', () => {
    for (const ambiguous of '0O1IL') expect(SHORT_CODE_ALPHABET).not.toContain(ambiguous)
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(SHORT_CODE_ALPHABET.length)
  })

  it('a 22-character base64url text is a QR token, taken as is', () => {
    expect(parsePassCode(' aB3_-xYz0123456789abcQ\n')).toEqual({ kind: 'token', token: 'aB3_-xYz0123456789abcQ' })
    expect(parsePassCode('aB3_-xYz0123456789abc')).toBeNull()
    expect(parsePassCode('aB3_-xYz0123456789abcQQ')).toBeNull()
    expect(parsePassCode('aB3_+xYz0123456789abcQ')).toBeNull()
  })

  it('a typed short code may be lower case, spaced or dashed', () => {
    for (const typed of ['ABCD2345', 'abcd2345', 'ABCD 2345', 'abcd-2345', ' AB CD 23 45 ']) {
      expect(parsePassCode(typed)).toEqual({ kind: 'short', shortCode: 'ABCD2345' })
    }
  })

  it('anything else cannot be a pass', () => {
    for (const typed of ['', 'ABCD234', 'ABCD23456', 'ABCD2340', 'ABCDO345', 'https://example.com/x']) {
      expect(parsePassCode(typed)).toBeNull()
    }
  })

  it('shows a short code in two halves', () => {
    expect(formatShortCode('ABCD2345')).toBe('ABCD 2345')
  })
})
