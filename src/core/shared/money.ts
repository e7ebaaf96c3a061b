/** Money is integer fen everywhere; yuan exist only as display text. */
export type Fen = number

export function assertFen(amount: number): Fen {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not an integer fen amount: ${amount}`)
  return amount
}

/** 12345 -> "123.45" */
export function formatYuan(amount: Fen): string {
  assertFen(amount)
  const sign = amount < 0 ? '-' : ''
  const abs = Math.abs(amount)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
