import { create } from 'qrcode/lib/core/qrcode'

/** One row's dark modules as runs of `[first column, length]`, left to right. */
export type DarkRuns = [number, number][]

/**
 * The QR symbol for `text` as dark runs per row. Drawing runs instead of single modules keeps the
 * pass page to a couple of hundred Views, which the mini-program renders without a canvas.
 */
export function qrDarkRuns(text: string): DarkRuns[] {
  // M recovers from 15% damage: a cracked or dim phone screen at the gate still scans.
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const rows: DarkRuns[] = []
  for (let y = 0; y < modules.size; y++) {
    const runs: DarkRuns = []
    let start = -1
    for (let x = 0; x <= modules.size; x++) {
      const dark = x < modules.size && modules.get(y, x) === 1
      if (dark && start < 0) start = x
      if (!dark && start >= 0) {
        runs.push([start, x - start])
        start = -1
      }
    }
    rows.push(runs)
  }
  return rows
}
