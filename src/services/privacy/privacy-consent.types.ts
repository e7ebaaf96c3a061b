/**
 * Whether the user has agreed to the privacy guide, per platform: `privacy-consent.weapp.ts` asks
 * WeChat (getPrivacySetting; agreement is recorded by WeChat when the dialog's
 * agreePrivacyAuthorization button is tapped), `privacy-consent.h5.ts` keeps the choice in local
 * storage (`privacy-consent.d.ts` is for tsc).
 */
export interface PrivacyConsent {
  /** True while the user has not agreed to the current guide. */
  needed(): Promise<boolean>
  /** Called when the user taps 同意 in the dialog (WeChat records it itself; H5 stores it). */
  agreed(): void
  /** The id of the agree button WeChat checks was tapped before a pending call may continue. */
  readonly agreeButtonId: string
}
