import type { ConsoleTicketPort } from './console-ticket.port'

/** What the adapter needs of a node-sdk app initialised with the environment's custom-login private key. */
export interface TicketIssuer {
  /** `expire` is a moment (epoch ms), not a duration: the node-sdk's own default is now + 7 days. */
  auth(): { createTicket(uid: string, options?: { refresh?: number; expire?: number }): string }
}

/** A console session lasts a working day; the web SDK refreshes its access token within it. */
export const CONSOLE_SESSION_MS = 12 * 3600_000

/**
 * Production: a CloudBase custom-login ticket whose uid is the manager's openid. The console signs
 * in with it (`auth.signInWithCustomTicket`, js-sdk 3.x) and then calls the same functions.
 */
export function cloudbaseTickets(app: TicketIssuer): ConsoleTicketPort {
  return {
    ticketFor: async (openid, now) => app.auth().createTicket(openid, { expire: Date.parse(now) + CONSOLE_SESSION_MS }),
  }
}
