import type { Bill } from '../billing/bill'
import type { VisitOutcome } from '../feedback/return-visit'
import { percentile, type ShareStats } from '../estate/service-kpi'
import { repeatTotals } from '../repair/repeat-fault'
import { TIMERS, type Timer, type WorkOrder } from '../repair/work-order'
import type { IsoTime } from '../shared/time'

// The records a report is computed from, and the figures one scope (estate or building) gets of a month.

/** The order fields the report reads, plus the building its unit lies in. */
export type ReportOrder = Pick<
  WorkOrder,
  'createdAt' | 'status' | 'outcomes' | 'durations' | 'rating' | 'completedAt' | 'repeat'
> & {
  building: string | null
}

export type ReportBill = Pick<Bill, 'period' | 'building' | 'amount' | 'status'>

/** One visitor admitted at the gate. */
export interface ReportEntry {
  at: IsoTime
  building: string | null
}

/** A complaint as the report needs it (kept by the feedback records, when the estate has them). */
export interface ReportComplaint {
  createdAt: IsoTime
  /** Business minutes until a staff member took it on; null while nobody has. */
  acknowledgeMinutes: number | null
  /** Whether it is closed (resolved and confirmed, or closed by the estate). */
  closed: boolean
}

/** A return visit (回访) that was made. */
export interface ReportReturnVisit {
  visitedAt: IsoTime
  result: VisitOutcome
}

/** Nearest-rank median and 90th percentile, so each is the time of a real order. */
export interface Spread {
  count: number
  median: number
  p90: number
}

export interface ScopeFigures {
  repairsReceived: number
  /** A building with fewer than MIN_BUILDING_SAMPLE repairs: every rate below is null. */
  sampleTooSmall: boolean
  /** Submitted to accepted, business minutes. Null when no order was accepted (or too few). */
  response: Spread | null
  /** Submitted (or reopened) to completed, business minutes. */
  resolution: Spread | null
  /** Orders whose timer stopped within its promise, per promise. */
  withinPromise: Record<Timer, ShareStats> | null
  /** Reports of a problem come back within the repeat window (返修), against the jobs finished. */
  repeatFaults: ShareStats | null
  satisfaction: { count: number; average: number | null; satisfied: ShareStats } | null
  /** Null: no complaint records (暂无数据). Estate only. */
  complaints: { received: number; acknowledge: Spread | null; closed: ShareStats } | null
  /** Null: no return-visit records. Estate only. */
  returnVisits: { made: number; satisfied: ShareStats } | null
  visitorPassesUsed: number
  /** Null when nothing was billed for the month. */
  feeCollection: { billed: number; collected: number; rateBp: number } | null
}

function shareOf(met: number, total: number): ShareStats {
  return { met, total, share: total === 0 ? null : Math.round((met / total) * 1000) / 1000 }
}

function spread(values: readonly (number | null)[]): Spread | null {
  const known = values.filter((v): v is number => v !== null)
  if (known.length === 0) return null
  return { count: known.length, median: percentile(known, 50)!, p90: percentile(known, 90)! }
}

/** 返修率 as the vendor scorecard and head office count it: repeat reports against jobs finished. */
function repeatShare(orders: readonly ReportOrder[]): ShareStats {
  const { finished, repeats } = repeatTotals(orders)
  return shareOf(repeats, finished)
}

export interface ScopeRecords {
  orders: readonly ReportOrder[]
  bills: readonly ReportBill[]
  entries: readonly ReportEntry[]
  complaints: readonly ReportComplaint[] | null
  returnVisits: readonly ReportReturnVisit[] | null
}

/** One scope's figures of one month; `withheld` (too few repairs) nulls every rate. */
export function figures(records: ScopeRecords, withheld: boolean): ScopeFigures {
  const { orders, bills } = records
  const stars = orders.flatMap((o) => (o.rating ? [o.rating.stars] : []))
  const billed = bills.reduce((sum, b) => sum + b.amount, 0)
  const collected = bills.filter((b) => b.status === 'paid').reduce((sum, b) => sum + b.amount, 0)
  const rated = (judge: (o: ReportOrder) => boolean | null) => {
    const judged = orders.map(judge).filter((x): x is boolean => x !== null)
    return shareOf(judged.filter(Boolean).length, judged.length)
  }
  return {
    repairsReceived: orders.length,
    sampleTooSmall: withheld,
    response: withheld ? null : spread(orders.map((o) => o.durations.responseMinutes)),
    resolution: withheld ? null : spread(orders.map((o) => o.durations.resolutionMinutes)),
    withinPromise: withheld
      ? null
      : (Object.fromEntries(TIMERS.map((t) => [t, rated((o) => o.outcomes[t]?.met ?? null)])) as Record<
          Timer,
          ShareStats
        >),
    repeatFaults: withheld ? null : repeatShare(orders),
    satisfaction: withheld
      ? null
      : {
          count: stars.length,
          average: stars.length === 0 ? null : Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 10) / 10,
          satisfied: shareOf(stars.filter((s) => s >= 4).length, stars.length),
        },
    complaints: records.complaints && {
      received: records.complaints.length,
      acknowledge: spread(records.complaints.map((c) => c.acknowledgeMinutes)),
      closed: shareOf(records.complaints.filter((c) => c.closed).length, records.complaints.length),
    },
    returnVisits: records.returnVisits && {
      made: records.returnVisits.length,
      satisfied: shareOf(
        records.returnVisits.filter((v) => v.result === 'satisfied').length,
        records.returnVisits.filter((v) => v.result !== 'unreachable').length,
      ),
    },
    visitorPassesUsed: records.entries.length,
    feeCollection: billed === 0 ? null : { billed, collected, rateBp: Math.floor((collected * 10_000) / billed) },
  }
}
