import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

/** Where the suite's figures are collected across jest workers; the summary test prints them. */
export const FIGURES_FILE = join(process.cwd(), '.tmp', 'reliability-figures.jsonl')

/** Adds `amount` to a named figure (matrix checks, fuzz inputs, race runs…). */
export function recordFigure(name: string, amount: number): void {
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true })
  appendFileSync(FIGURES_FILE, `${JSON.stringify({ name, amount })}\n`)
}
