import { startTestHost } from '../tests/support/test-host'
import { median } from './stats'

const UNITS = 2_000
const RUNS = 5

/** 2 000 units: ten new buildings (next to the demo estate's 1–3) of 20 floors with 10 homes each. */
function unitsCsv(): string {
  const rows = ['楼栋,房号,楼层,面积']
  for (let b = 0; b < 10; b++) {
    for (let floor = 1; floor <= 20; floor++) {
      for (let home = 1; home <= 10; home++)
        rows.push(
          `${11 + b},${floor}${String(home).padStart(2, '0')},${floor},${(80 + ((b + floor + home) % 60)).toFixed(2)}`,
        )
    }
  }
  return rows.join('\r\n')
}

export interface ImportFigure {
  units: number
  runs: number
  /** Wall time of `admin.importUnits` over HTTP on the local host, each run into a fresh data folder. */
  medianMs: number
  maxMs: number
}

/**
 * The figure: a CSV of 2 000 units through the manager's import action (HTTP, JSON, parse,
 * every row checked, one batch insert into SQLite, the audit entry), each run on a freshly seeded host.
 */
export async function measureUnitImport(): Promise<ImportFigure> {
  const csv = unitsCsv()
  const samples: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const host = await startTestHost()
    try {
      await host.login('admin-1')
      const start = performance.now()
      const result = await host.call('admin-1', 'admin', { action: 'importUnits', csv })
      samples.push(performance.now() - start)
      if (!result.ok || result.data.created !== UNITS)
        throw new Error(`import failed: ${JSON.stringify(result).slice(0, 300)}`)
    } finally {
      await host.stop()
    }
  }
  return { units: UNITS, runs: RUNS, medianMs: median(samples), maxMs: Math.max(...samples) }
}
