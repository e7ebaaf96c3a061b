import type { Category } from '@core/repair/work-order'

/**
 * Every number the simulation assumes, in one place. Figures marked "assumed" are judgement, not
 * measurement: change them here and rerun. The baseline's parameters describe the article's
 * "before" (a phone and paper desk) and were set from that description, not tuned to the results.
 */

/** Monday 2026-03-02, 00:00 in Shanghai: a month without public holidays (Qingming is 04-05). */
export const START = '2026-03-01T16:00:00.000Z'

export const HOURS_PER_DAY = 24

/** Traffic: how many repairs an estate reports, when, and of what kind. */
export const TRAFFIC = {
  /** Repair reports per unit per year (assumed: 1.8, about 10 a day for 2,000 homes). */
  reportsPerUnitPerYear: 1.8,
  /** Relative volume by weekday, 0 = Sunday (assumed: people are home and notice faults at weekends). */
  weekdayFactor: [1.15, 1, 1, 1, 1, 1, 1.2],
  /**
   * Share of a weekday's reports in each hour, 00:00-23:00 (assumed): a morning bump when people
   * find the fault, a midday lull, the evening peak when they come home.
   */
  weekdayHourShare: [
    0.004, 0.002, 0.002, 0.002, 0.002, 0.006, 0.02, 0.05, 0.07, 0.075, 0.065, 0.055, 0.04, 0.04, 0.045, 0.045, 0.05,
    0.06, 0.08, 0.09, 0.085, 0.06, 0.035, 0.019,
  ],
  /** The same at weekends: later mornings, a flatter day (assumed). */
  weekendHourShare: [
    0.006, 0.003, 0.002, 0.002, 0.002, 0.004, 0.01, 0.025, 0.045, 0.065, 0.075, 0.07, 0.06, 0.055, 0.055, 0.055, 0.06,
    0.065, 0.075, 0.08, 0.07, 0.05, 0.04, 0.016,
  ],
  /** Category mix (assumed, typical of residential estates: water first). */
  categoryMix: {
    plumbing: 0.3,
    electrical: 0.2,
    doors_windows: 0.15,
    elevator: 0.05,
    public_area: 0.12,
    appliance: 0.1,
    other: 0.08,
  } satisfies Record<Category, number>,
  /** Share of each category reported as urgent (assumed). */
  urgentShare: {
    plumbing: 0.15,
    electrical: 0.15,
    doors_windows: 0.05,
    elevator: 0.5,
    public_area: 0.05,
    appliance: 0.02,
    other: 0.02,
  } satisfies Record<Category, number>,
  /** Bursts, e.g. a riser pipe bursting in one building: several households report within the hour. */
  burstsPer30Days: 2,
  /** Households reporting one burst: uniform between these (inclusive). */
  burstReports: [5, 12] as [number, number],
  /** Minutes over which a burst's reports arrive. */
  burstSpreadMinutes: 60,
} as const

/** The estate's layout for a given number of units. */
export const ESTATE = {
  unitsPerBuilding: 100,
  floorsPerBuilding: 25,
} as const

/** Work: how long a job takes once a worker has it (assumed, minutes). */
export const WORK = {
  /** Walking or riding to the unit, and back to the workshop after. */
  travel: { mean: 12, sd: 6 },
  repair: {
    plumbing: { mean: 45, sd: 25 },
    electrical: { mean: 40, sd: 20 },
    doors_windows: { mean: 35, sd: 20 },
    elevator: { mean: 90, sd: 45 },
    public_area: { mean: 50, sd: 30 },
    appliance: { mean: 40, sd: 20 },
    other: { mean: 30, sd: 15 },
  } satisfies Record<Category, { mean: number; sd: number }>,
  /** Chance a job waits for parts (put on hold), and how long the parts take. */
  partsChance: 0.08,
  partsDelay: { mean: 24 * 60, sd: 12 * 60 },
  /** Chance the fix does not hold and the household reopens the job. */
  fixFailsChance: 0.06,
  /** A revisit for a reopened job is shorter than the first repair. */
  revisitShare: 0.5,
} as const

/** People: how workers, the office and households behave. Same rules under every policy. */
export const PEOPLE = {
  /** Day shifts (estate time): workers alternate between the early and the late one. */
  shifts: [
    { from: '08:00', to: '17:00' },
    { from: '11:00', to: '20:00' },
  ],
  /** Each worker has two days off a week, staggered across the team. */
  daysOffPerWeek: 2,
  /** One worker a night (rotating) is on call 20:00-08:00, for urgent jobs only. */
  nightOnCall: true,
  /**
   * A free worker looks for work (their slips at the workshop, or the app) on average this often
   * (exponential); in between they do routine rounds and upkeep (assumed).
   */
  checkEveryMinutes: 40,
  /** Chance a worker scanning the pool overlooks a given job there (not pushed: assumed). */
  overlookPoolJobChance: 0.15,
  /** Minutes from a push or a phone call to the worker tapping accept (log-normal, assumed). */
  reactToPush: { mean: 5, sd: 4 },
  /** The same when woken at night (on call). */
  reactAtNight: { mean: 15, sd: 8 },
  /** Office (desk) hours: when the manager or desk acts. */
  officeHours: { from: '08:00', to: '20:00' },
  /** Minutes from a push to a manager acting on it, in office hours (assumed). */
  managerReact: { mean: 10, sd: 6 },
  /** Without push, a manager opens the app's late-jobs board about this often, in office hours (assumed). */
  managerCheckEveryMinutes: 120,
  /**
   * A household chases a job nobody has taken after this many wall minutes (assumed): it phones the
   * office, which gives the job to a free worker by phone. Counted as a complaint. Normal jobs are
   * chased in office hours only; urgent ones round the clock (the guard house answers at night).
   */
  chaseAfterMinutes: { normal: 180, urgent: 30 },
  /** Minutes after completion a household confirms (log-normal, assumed); some never do. */
  confirmAfter: { mean: 180, sd: 150 },
  neverConfirmChance: 0.25,
  /**
   * Stars a household gives (assumed): 5, less 1 if nobody took the job within an hour and 1 more if
   * not within four, less 1 for any broken promise, less 1 if it had to reopen; one in ten is a
   * star harder to please. At least 1.
   */
  rating: { slowResponseMinutes: 60, verySlowResponseMinutes: 240, harderToPleaseChance: 0.1 },
} as const

/**
 * The "before" the article describes: calls to a desk that writes them on paper and hands the slips
 * out in rounds; no timing, no push, no escalation. Urgent calls are phoned straight to a worker, as
 * any desk would. Workers pick up their slips when they pass the workshop (PEOPLE.checkEveryMinutes).
 */
export const BASELINE = {
  /** When the desk hands out the slips it has collected (estate time). */
  deskRounds: ['08:30', '11:00', '14:00', '16:30'],
} as const

export const DEFAULTS = {
  days: 30,
  units: 2000,
  workers: 6,
  seed: 1,
  /** Staffing compared around the given number. */
  staffingDeltas: [-2, -1, 0, 1, 2],
  /** Days simulated after the last report so open jobs can finish; reports come only in `days`. */
  drainDays: 3,
} as const
