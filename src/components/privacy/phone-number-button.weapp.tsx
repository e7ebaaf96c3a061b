import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { friendlyMessage } from '../../services/errors'
import { verifyPhone } from '../../services/phone.service'
import type { PhoneNumberButtonProps } from './phone-number-button.types'

/**
 * WeChat's phone-number button: one tap gives a code the server exchanges for the verified number.
 * WeChat asks for the privacy guide itself (onNeedPrivacyAuthorization -> the app's dialog).
 */
export function PhoneNumberButton({ onVerified }: PhoneNumberButtonProps) {
  async function exchange(code: string | undefined) {
    if (!code) return // declined, or not available to this account: typing remains
    const verified = await verifyPhone(code)
    if (verified.ok) onVerified(verified.data.phone)
    else void Taro.showToast({ title: friendlyMessage(verified.error), icon: 'none' })
  }
  return (
    <Button
      className="ll-phone-button"
      openType="getPhoneNumber"
      onGetPhoneNumber={(event) => void exchange((event.detail as { code?: string }).code)}
    >
      微信手机号一键填写
    </Button>
  )
}
