import type { PrivacyConsent } from './privacy-consent.types'

/** Resolved per platform by Taro's multi-platform resolver: privacy-consent.weapp.ts or privacy-consent.h5.ts. */
export declare const privacyConsent: PrivacyConsent
/** Hooks WeChat's own prompt (a privacy API called anywhere) to the app's dialog; nothing to do on H5. */
export declare function installPrivacyHook(): void
