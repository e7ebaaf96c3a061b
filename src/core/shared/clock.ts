/** Time is an input: use cases read it from a Clock so tests and the dev host can move it. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock the dev host, tests and the simulation move. */
export interface SettableClock extends Clock {
  set(at: Date | string): void
  advanceMinutes(minutes: number): void
}

/** A clock that starts at `start` and only moves when told to (tests, the dev host). */
export class ManualClock implements SettableClock {
  private current: number
  constructor(start: Date | string) {
    this.current = new Date(start).getTime()
  }
  now(): Date {
    return new Date(this.current)
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime()
  }
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000
  }
}

/** Real time shifted by an offset that the dev host can change; it keeps ticking. */
export class OffsetClock implements SettableClock {
  private offsetMs = 0
  now(): Date {
    return new Date(Date.now() + this.offsetMs)
  }
  set(at: Date | string): void {
    this.offsetMs = new Date(at).getTime() - Date.now()
  }
  advanceMinutes(minutes: number): void {
    this.offsetMs += minutes * 60_000
  }
}
