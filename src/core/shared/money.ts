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

/** 1148340 -> "11,483.40": yuan as people read them on screen (never in a CSV or an input). */
export function formatYuanGrouped(amount: Fen): string {
  const [whole, cents] = formatYuan(amount).split('.') as [string, string]
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`
}

/** 1148340 -> "¥11,483.40"; -500 -> "-¥5.00": the one way money is shown on a screen. */
export function formatMoney(amount: Fen): string {
  const grouped = formatYuanGrouped(amount)
  return grouped.startsWith('-') ? `-¥${grouped.slice(1)}` : `¥${grouped}`
}
