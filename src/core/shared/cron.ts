/**
 * CloudBase timer crons have 7 fields: second minute hour day month weekday year, in UTC+8.
 * This matcher supports what our triggers use and what CloudBase documents: `*`, `n`, `a-b`,
 * `a,b`, `* /n` and `a-b/n`; weekday names SUN-SAT; day and weekday OR'ed when both are set.
 */
const FIELDS = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12 },
  { min: 0, max: 6 },
  { min: 1970, max: 2099 },
] as const

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

export interface Cron {
  matches(at: Date): boolean
}

function parseValue(text: string, index: number): number {
  const named = index === 5 ? WEEKDAYS.indexOf(text.toUpperCase()) : -1
  const value = named >= 0 ? named : Number(text)
  const { min, max } = FIELDS[index]!
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`cron field ${index + 1}: bad value ${text}`)
  return value
}

function parseField(text: string, index: number): Set<number> | null {
  if (text === '*') return null
  const values = new Set<number>()
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron field ${index + 1}: bad step ${part}`)
    const { min, max } = FIELDS[index]!
    const [from, to] =
      range === '*'
        ? [min, max]
        : range!.includes('-')
          ? range!.split('-').map((v) => parseValue(v, index))
          : [parseValue(range!, index), stepText === undefined ? parseValue(range!, index) : max]
    // A reversed range would match nothing: the trigger would silently never fire.
    if (from! > to!) throw new Error(`cron field ${index + 1}: empty range ${part}`)
    for (let v = from!; v <= to!; v += step) values.add(v)
  }
  return values
}

export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 7)
    throw new Error(`cron needs 7 fields (second minute hour day month weekday year): ${expression}`)
  const [second, minute, hour, day, month, weekday, year] = parts.map(parseField)
  const has = (set: Set<number> | null | undefined, v: number) => !set || set.has(v)
  return {
    matches(at) {
      // CloudBase evaluates crons in China time.
      const local = new Date(at.getTime() + 8 * 3600_000)
      const dayMatches =
        day && weekday
          ? day.has(local.getUTCDate()) || weekday.has(local.getUTCDay())
          : has(day, local.getUTCDate()) && has(weekday, local.getUTCDay())
      return (
        has(second, local.getUTCSeconds()) &&
        has(minute, local.getUTCMinutes()) &&
        has(hour, local.getUTCHours()) &&
        dayMatches &&
        has(month, local.getUTCMonth() + 1) &&
        has(year, local.getUTCFullYear())
      )
    },
  }
}
