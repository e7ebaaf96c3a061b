import { TIMERS, type Timer } from '../repair/work-order'
import { documentOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'

// What `rehearsal.rehearse` answers, as the console reads it. The simulation's figures carry more
// (sim/metrics.ts); these are the ones the console shows, checked, the rest kept as sent.

export interface Spread {
  mean: number | null
  median: number | null
  p90: number | null
}
/** One side's predicted month: the figures the console's table and chart show. */
export interface RehearsalFigures {
  orders: number
  response: { wall: Spread }
  resolution: { wall: Spread }
  withinPromise: Record<Timer, number | null>
  breaches: number
  escalations: number
  complaints: number
}
export interface RehearsalSide {
  workers: number
  shifts: { from: string; to: string }[]
  promises: { response: number; resolution: number }
  figures: RehearsalFigures
}
export interface Rehearsal {
  basis: { orders: number; fromEstate: boolean; minOrders: number; historyDays: number; units: number; perDay: number }
  current: RehearsalSide
  proposed: RehearsalSide
}

const orNull = z.number().nullable()
const spread: z.ZodType<Spread> = z.looseObject({ mean: orNull, median: orNull, p90: orNull })
const walls = documentOf<{ wall: Spread }>()({ wall: spread })

const side = documentOf<RehearsalSide>()({
  workers: z.number(),
  shifts: z.array(z.looseObject({ from: z.string(), to: z.string() })),
  promises: z.looseObject({ response: z.number(), resolution: z.number() }),
  figures: documentOf<RehearsalFigures>()({
    orders: z.number(),
    response: walls,
    resolution: walls,
    withinPromise: z.record(z.enum(TIMERS), orNull),
    breaches: z.number(),
    escalations: z.number(),
    complaints: z.number(),
  }),
})

export const rehearsalReply = documentOf<Rehearsal>()({
  basis: z.looseObject({
    orders: z.number(),
    fromEstate: z.boolean(),
    minOrders: z.number(),
    historyDays: z.number(),
    units: z.number(),
    perDay: z.number(),
  }),
  current: side,
  proposed: side,
})
