import type { ConsoleTicketPort } from './console-ticket.port'

/** What the adapter needs of a node-sdk app initialised with the environment's custom-login private key. */
export interface TicketIssuer {
  auth(): { createTicket(uid: string, options?: { refresh?: number; expire?: number }): string }
}

/** A console session lasts a working day; the web SDK refreshes its access token within it. */
export const CONSOLE_SESSION_MS = 12 * 3600_000

/**
 * Production: a CloudBase custom-login ticket whose uid is the manager's openid. The console signs
 * in with it (`auth().customAuthProvider().signIn(ticket)`) and then calls the same functions.
 */
export function cloudbaseTickets(app: TicketIssuer): ConsoleTicketPort {
  return {
    ticketFor: async (openid) => app.auth().createTicket(openid, { expire: CONSOLE_SESSION_MS }),
  }
}
