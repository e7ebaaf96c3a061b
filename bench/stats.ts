import { performance } from 'node:perf_hooks'

/** Nearest-rank percentile of an ascending list (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export interface LatencySummary {
  p50: number
  p99: number
  max: number
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN }
}

/** What one run of `work` returned, and its wall time in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now()
  const value = await work()
  return { value, ms: performance.now() - start }
}

export const timeMs = async (work: () => unknown): Promise<number> => (await timed(work)).ms

export const median = (samples: readonly number[]): number =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  )

/** Median of `runs` timed runs after one untimed one, which prepares statements and warms the JIT. */
export async function medianMs(runs: number, work: () => unknown): Promise<number> {
  await work()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) samples.push(await timeMs(work))
  return median(samples)
}

/** A number with `digits` decimals and thousands separators. */
export const fmt = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** A plain table: the first column left-aligned, the figures right-aligned. */
export function printTable(title: string, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((h, col) => Math.max(h.length, ...rows.map((row) => row[col]?.length ?? 0)))
  const line = (cells: readonly string[]) =>
    cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ')
  console.log(`\n${title}`)
  console.log(line(headers))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}
