import { type RoundTripRow, ROUND_TRIP_MS } from '../tests/support/round-trips'
import { fmt, summarize } from './stats'

export function formatRoundTrips(rows: RoundTripRow[], delayMs = ROUND_TRIP_MS): string[] {
  return [
    `store round trips per action (in-process, ${delayMs} ms per store call, like a CloudBase round trip)`,
    `${'action'.padEnd(22)}${'calls'.padStart(6)}${'reads'.padStart(6)}${'writes'.padStart(7)}${'sequential'.padStart(12)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
    ...rows.map((r) => {
      const { p50, p99 } = summarize(r.ms)
      const counts = `${String(r.calls).padStart(6)}${String(r.reads).padStart(6)}${String(r.writes).padStart(7)}`
      return `${r.label.padEnd(22)}${counts}${String(r.criticalPath).padStart(12)}${fmt(p50, 1).padStart(9)}${fmt(p99, 1).padStart(9)}`
    }),
  ]
}
