/** The camera at the gate, where the platform has one for the mini-program. */
export interface Scanner {
  available: boolean
  /** The scanned text, or null when the guard cancelled. */
  scan(): Promise<string | null>
}
