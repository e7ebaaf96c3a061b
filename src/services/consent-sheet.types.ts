import type { ConsentAnswer } from '@core/notify/inbox.schemas'

/**
 * Asking the user to allow subscribe messages differs by platform: `consent-sheet.weapp.ts` opens
 * WeChat's consent sheet, `consent-sheet.h5.ts` stands in for it on the local host
 * (`consent-sheet.d.ts` is for tsc). Resolves to the answer per template id, empty when the sheet
 * could not open; never rejects, so a refusal or a failure never stops the action that asked.
 */
export type AskConsent = (templateIds: readonly string[]) => Promise<Record<string, ConsentAnswer>>
