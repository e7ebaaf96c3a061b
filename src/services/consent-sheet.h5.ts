import type { AskConsent } from './consent-sheet.types'

/**
 * The browser has no subscribe messages. The H5 build runs only against the local host, whose
 * push adapter records sends in its outbox: accepting every template stands in for a user who
 * allows them, so the consent ledger and the pushes can be exercised end to end.
 */
export const askConsent: AskConsent = async (templateIds) =>
  Object.fromEntries(templateIds.map((id) => [id, 'accept' as const]))
