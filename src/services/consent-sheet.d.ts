import type { AskConsent } from './consent-sheet.types'

/** Resolved per platform by Taro's multi-platform resolver: consent-sheet.weapp.ts or consent-sheet.h5.ts. */
export declare const askConsent: AskConsent
