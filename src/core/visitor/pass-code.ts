/** Digits and capitals without 0/O and 1/I/L: nothing a guard can misread when typing it in. */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const SHORT_CODE_LENGTH = 8

/** QR tokens are 16 random bytes (128 bits) in base64url: 22 characters. */
export const TOKEN_BYTES = 16
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/

export type PassCode = { kind: 'token'; token: string } | { kind: 'short'; shortCode: string }

export const isPassToken = (text: string): boolean => TOKEN_PATTERN.test(text)

/** Reads what a guard scanned or typed; null when it cannot be any pass's code. */
export function parsePassCode(raw: string): PassCode | null {
  const text = raw.trim()
  if (isPassToken(text)) return { kind: 'token', token: text }
  // People type the short code in either case, often with a space or dash in the middle.
  const shortCode = text.replace(/[\s-]/g, '').toUpperCase()
  const wellFormed =
    shortCode.length === SHORT_CODE_LENGTH && [...shortCode].every((c) => SHORT_CODE_ALPHABET.includes(c))
  return wellFormed ? { kind: 'short', shortCode } : null
}

/** `ABCD2345` -> `ABCD 2345`: two halves are easier to read out at the gate. */
export const formatShortCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`
