import type { ScopeFigures } from './report-figures'

// How each figure moved against the month before, and whether that is better or worse.

/** The comparable figures, and which way is better for each. */
export const TREND_METRICS = {
  repairsReceived: { better: null, value: (f: ScopeFigures) => f.repairsReceived },
  responseMedian: { better: 'lower', value: (f: ScopeFigures) => f.response?.median ?? null },
  resolutionMedian: { better: 'lower', value: (f: ScopeFigures) => f.resolution?.median ?? null },
  responseWithin: { better: 'higher', value: (f: ScopeFigures) => f.withinPromise?.response.share ?? null },
  resolutionWithin: { better: 'higher', value: (f: ScopeFigures) => f.withinPromise?.resolution.share ?? null },
  repeatFaults: { better: 'lower', value: (f: ScopeFigures) => f.repeatFaults?.share ?? null },
  satisfaction: { better: 'higher', value: (f: ScopeFigures) => f.satisfaction?.average ?? null },
  complaints: { better: 'lower', value: (f: ScopeFigures) => f.complaints?.received ?? null },
  visitorPassesUsed: { better: null, value: (f: ScopeFigures) => f.visitorPassesUsed },
  feeCollection: { better: 'higher', value: (f: ScopeFigures) => f.feeCollection?.rateBp ?? null },
} as const satisfies Record<string, { better: 'higher' | 'lower' | null; value: (f: ScopeFigures) => number | null }>

export type TrendMetric = keyof typeof TREND_METRICS

export interface Trend {
  direction: 'up' | 'down' | 'same'
  /** Null for counts that are neither good nor bad in themselves (repairs received, visitors). */
  verdict: 'better' | 'worse' | 'same' | null
}

export interface ScopeReport {
  current: ScopeFigures
  previous: ScopeFigures
  /** Null where either month lacks the figure. */
  trends: Record<TrendMetric, Trend | null>
}

function trend(metric: TrendMetric, current: ScopeFigures, previous: ScopeFigures): Trend | null {
  const { better, value } = TREND_METRICS[metric]
  const now = value(current)
  const before = value(previous)
  if (now === null || before === null) return null
  const direction = now > before ? 'up' : now < before ? 'down' : 'same'
  if (better === null) return { direction, verdict: null }
  if (direction === 'same') return { direction, verdict: 'same' }
  return { direction, verdict: (direction === 'up') === (better === 'higher') ? 'better' : 'worse' }
}

/** A scope's figures of both months, with the trend of each comparable one. */
export function scopeReport(current: ScopeFigures, previous: ScopeFigures): ScopeReport {
  const metrics = Object.keys(TREND_METRICS) as TrendMetric[]
  return {
    current,
    previous,
    trends: Object.fromEntries(metrics.map((m) => [m, trend(m, current, previous)])) as Record<
      TrendMetric,
      Trend | null
    >,
  }
}
