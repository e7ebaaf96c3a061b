import type { Envelope } from '@core/shared/envelope'

/**
 * How the simulated people reach the product: the real handlers (estate-adapter.ts, for the CLI) or
 * the light estate over core's domain (light-estate.ts, for the console's rehearsal). Types only,
 * so the server's rehearsal action can run the people without loading the handlers.
 */

/** What a phone shows when a subscribe message arrives: who, and which order it opens. */
export interface PhoneBuzz {
  toOpenid: string
  orderId: string | null
}

export interface EstateHost {
  /** Calls a function's action as a signed-in user, exactly as the host's POST /api/fn/<name> would. */
  call<T = unknown>(openid: string, fn: string, event: Record<string, unknown>): Promise<Envelope<T>>
  /** Fires a function's timer trigger (slaSweep), as the scheduler would. */
  fireTimer(fn: string): Promise<Envelope<unknown>>
  setClock(at: Date): void
  /** Called for every subscribe message WeChat would deliver. */
  onPush(listener: (buzz: PhoneBuzz) => void): void
  /** Handler calls made so far, by `function.action`. */
  readonly calls: Map<string, number>
  close(): Promise<void>
}
