import Taro from '@tarojs/taro'
import { promptForConsent } from './privacy-gate'
import type { PrivacyConsent } from './privacy-consent.types'

const AGREE_BUTTON_ID = 'll-privacy-agree'

export const privacyConsent: PrivacyConsent = {
  agreeButtonId: AGREE_BUTTON_ID,
  needed: () =>
    new Promise((resolve) => {
      Taro.getPrivacySetting({
        success: ({ needAuthorization }) => resolve(needAuthorization),
        // An old base library without the API has no privacy check to satisfy.
        fail: () => resolve(false),
      })
    }),
  agreed: () => undefined,
}

/**
 * WeChat fires this when a privacy API or component is used before agreement (e.g. one a service
 * did not foresee): the same dialog answers, and the pending call continues or fails with it.
 */
export function installPrivacyHook(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    resolve({ event: 'exposureAuthorization' })
    void promptForConsent().then((agreed) =>
      resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' }),
    )
  })
}
