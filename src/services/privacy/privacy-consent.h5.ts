import Taro from '@tarojs/taro'
import type { PrivacyConsent } from './privacy-consent.types'

/** Bump the version when the guide gains an item: everyone is asked again, as WeChat does. */
export const PRIVACY_STORAGE_KEY = 'linli.privacy.agreed.v1'

export const privacyConsent: PrivacyConsent = {
  agreeButtonId: 'll-privacy-agree',
  needed: () => Promise.resolve(Taro.getStorageSync<string>(PRIVACY_STORAGE_KEY) !== 'yes'),
  agreed: () => Taro.setStorageSync(PRIVACY_STORAGE_KEY, 'yes'),
}

export function installPrivacyHook(): void {
  // The browser has no platform prompt to hook: every call goes through personal-info.ts.
}
