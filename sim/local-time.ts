import { PEOPLE, START } from './model'

/** Estate-local time for the simulated month: instants are epoch milliseconds, the estate is UTC+8. */
export const MINUTE = 60_000
export const DAY = 24 * 60 * MINUTE
const LOCAL_OFFSET = 8 * 60 * MINUTE
export const START_MS = Date.parse(START)

export const clockMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h! * 60 + m!
}
/** Minutes since local midnight, and the run's day number, of an instant. */
export const localMinute = (at: number) => Math.floor(((at + LOCAL_OFFSET) % DAY) / MINUTE)
export const dayOf = (at: number) => Math.floor((at - START_MS) / DAY)
export const atLocal = (day: number, minute: number) => START_MS + day * DAY + minute * MINUTE

export const OFFICE_FROM = clockMinutes(PEOPLE.officeHours.from)
export const OFFICE_TO = clockMinutes(PEOPLE.officeHours.to)
export const NIGHT_FROM = OFFICE_TO
export const NIGHT_TO = OFFICE_FROM
export const isOfficeHours = (at: number) => localMinute(at) >= OFFICE_FROM && localMinute(at) < OFFICE_TO
