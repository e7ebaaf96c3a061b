import type { Scanner } from './scanner.types'

/** The browser build has no scanner: the guard types the short code. */
export const scanner: Scanner = {
  available: false,
  scan: async () => null,
}
