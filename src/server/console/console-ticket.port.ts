import type { IsoTime } from '@core/shared/time'

/**
 * Turns an approved console sign-in into a session for that user. Locally the host issues its dev
 * session token; in production a CloudBase custom-login ticket (cloudbase-ticket.ts) that the
 * console exchanges with the web SDK's `auth.signInWithCustomTicket(() => Promise.resolve(ticket))`.
 */
export interface ConsoleTicketPort {
  /** `now`: when the sign-in completes, from which the session's end is counted. */
  ticketFor(openid: string, now: IsoTime): Promise<string>
}
