import { dayjs, ESTATE_TZ } from '@core/shared/time'

/** A visiting window as the resident picks it: one local date, a start and an end time. */
export interface SlotDraft {
  /** `YYYY-MM-DD` in the estate's zone. */
  date: string
  /** `HH:mm` in the estate's zone. */
  from: string
  to: string
}

/** How far ahead a visit can be booked; the schema refuses windows longer than a week. */
export const SLOT_DAYS_AHEAD = 6

/** Workers visit in the daytime: a window offered after this hour moves to the next morning. */
const LAST_START_HOUR = 19
const FIRST_START_HOUR = 9

/**
 * The window offered when the resident asks for a visit time: the next whole hour for two hours,
 * or 09:00-11:00 when that would fall in the evening or the night.
 */
export function defaultSlot(now: number): SlotDraft {
  const local = dayjs(now).tz(ESTATE_TZ)
  let from = local.add(1, 'hour').startOf('hour')
  if (from.hour() > LAST_START_HOUR || from.date() !== local.date())
    from = local.add(1, 'day').hour(FIRST_START_HOUR).startOf('hour')
  else if (from.hour() < FIRST_START_HOUR) from = from.hour(FIRST_START_HOUR)
  const to = from.add(2, 'hour')
  return { date: from.format('YYYY-MM-DD'), from: from.format('HH:mm'), to: to.format('HH:mm') }
}

/** The draft as the `create` command's `preferredSlot`: the estate's local times as UTC instants. */
export function slotCommand(slot: SlotDraft): { from: string; to: string } {
  const at = (time: string) => dayjs.tz(`${slot.date} ${time}`, ESTATE_TZ).toISOString()
  return { from: at(slot.from), to: at(slot.to) }
}
