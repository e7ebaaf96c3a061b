/**
 * Turns an approved console sign-in into a session for that user. Locally the host issues its dev
 * session token; in production a CloudBase custom-login ticket (cloudbase-ticket.ts) that the
 * console exchanges with the web SDK's `auth().customAuthProvider().signIn(ticket)`.
 */
export interface ConsoleTicketPort {
  ticketFor(openid: string): Promise<string>
}
