import type { ReportInput } from '@core/report/monthly-report'
import type { ReportOrder } from '@core/report/report-figures'
import type { TimerOutcome } from '@core/sla/ladder'

const met: TimerOutcome = { met: true, marginMinutes: 5 }
const missed: TimerOutcome = { met: false, marginMinutes: -5 }
const none = { response: null, arrival: null, resolution: null }

interface OrderFields {
  building: string
  createdAt?: string
  status?: ReportOrder['status']
  response?: number
  resolution?: number
  /** Whether the response, arrival and resolution promises were kept; null: timer still running. */
  kept?: [boolean | null, boolean | null, boolean | null]
  stars?: number
  /** A report of a problem a finished job did not fix (返修). */
  repeat?: boolean
}

const outcome = (kept: boolean | null) => (kept === null ? null : kept ? met : missed)

function order(fields: OrderFields): ReportOrder {
  const { response = null, resolution = null, kept = [null, null, null] } = fields
  const createdAt = fields.createdAt ?? '2026-11-05T02:00:00.000Z'
  const status = fields.status ?? 'closed'
  return {
    building: fields.building,
    createdAt,
    status,
    outcomes: { response: outcome(kept[0]), arrival: outcome(kept[1]), resolution: outcome(kept[2]) },
    durations: { responseMinutes: response, arrivalMinutes: null, resolutionMinutes: resolution, wallMinutes: none },
    rating: fields.stars ? { stars: fields.stars } : null,
    completedAt: status === 'completed' || status === 'closed' ? createdAt : null,
    repeat: fields.repeat
      ? { orderId: 'earlier-job', completedAt: '2026-10-20T02:00:00.000Z', assigneeOpenid: null, vendorId: null }
      : null,
  }
}

/**
 * November 2026 in Shanghai runs from 2026-10-31T16:00Z to 2026-11-30T16:00Z. Seven orders fall in
 * it (six in building 1, one in building 2), one the instant before (October), one the instant after.
 */
export const NOVEMBER: ReportInput = {
  month: '2026-11',
  buildings: [
    { code: '1', name: '1 号楼' },
    { code: '2', name: '2 号楼' },
    { code: '3', name: '3 号楼' },
  ],
  orders: [
    // a: the first instant of November in Shanghai (still 31 October in UTC).
    order({
      building: '1',
      createdAt: '2026-10-31T16:00:00.000Z',
      response: 10,
      resolution: 100,
      kept: [true, true, true],
      stars: 5,
    }),
    // b: finished late; the same problem come back (返修).
    order({
      building: '1',
      status: 'completed',
      response: 20,
      resolution: 200,
      kept: [true, true, false],
      stars: 4,
      repeat: true,
    }),
    // c: accepted late.
    order({ building: '1', response: 30, resolution: 300, kept: [false, true, true], stars: 2 }),
    // d: accepted, work under way.
    order({ building: '1', status: 'in_progress', response: 40, kept: [true, null, null] }),
    // e: still waiting.
    order({ building: '1', status: 'submitted' }),
    // f: the last second of November in Shanghai.
    order({
      building: '1',
      createdAt: '2026-11-30T15:59:59.000Z',
      response: 50,
      resolution: 500,
      kept: [true, true, true],
      stars: 5,
    }),
    // g: building 2's only order.
    order({ building: '2', response: 60, resolution: 60, kept: [true, true, true], stars: 3 }),
    // h: midnight of 1 December in Shanghai: December's.
    order({
      building: '2',
      createdAt: '2026-11-30T16:00:00.000Z',
      response: 1,
      resolution: 1,
      kept: [true, true, true],
    }),
    // October's one order, the second before November began in Shanghai.
    order({
      building: '1',
      createdAt: '2026-10-31T15:59:59.000Z',
      response: 90,
      resolution: 900,
      kept: [false, true, true],
      stars: 3,
    }),
  ],
  bills: [
    { period: '2026-11', building: '1', amount: 10_000, status: 'paid' },
    { period: '2026-11', building: '1', amount: 10_000, status: 'unpaid' },
    { period: '2026-11', building: '2', amount: 5_000, status: 'paid' },
    { period: '2026-10', building: '1', amount: 10_000, status: 'paid' },
  ],
  visitorEntries: [
    { at: '2026-10-31T16:30:00.000Z', building: '1' },
    { at: '2026-11-12T06:00:00.000Z', building: '2' },
    { at: '2026-11-30T15:00:00.000Z', building: '1' },
    { at: '2026-10-31T15:30:00.000Z', building: '1' },
  ],
  complaints: null,
  returnVisits: null,
}
