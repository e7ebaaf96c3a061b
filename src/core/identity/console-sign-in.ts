import type { Role } from './actor'

/** A QR code on the desktop console is good for this long, and for one sign-in. */
export const CONSOLE_CODE_MINUTES = 2

/**
 * Who may sign in to the desktop console: an estate's managers and service desk, and head office,
 * who sees only the company's figures there.
 */
export const CONSOLE_ROLES = ['manager', 'service_desk', 'company_admin'] as const satisfies readonly Role[]

/** What the console's QR code carries, so the mini-program's scanner tells it from other codes. */
export const CONSOLE_QR_PREFIX = 'linli-console:'

/** A sign-in code as openSignIn makes it (base64url), with room to spare. */
export const CONSOLE_CODE = /^[A-Za-z0-9_-]{8,64}$/

/** The sign-in code in a scanned text (or a pasted code on its own); null when it is not one. */
export function consoleCodeFrom(text: string): string | null {
  const trimmed = text.trim()
  const code = trimmed.startsWith(CONSOLE_QR_PREFIX) ? trimmed.slice(CONSOLE_QR_PREFIX.length) : trimmed
  return CONSOLE_CODE.test(code) ? code : null
}
