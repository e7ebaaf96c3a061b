import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { friendlyMessage } from '../../services/errors'
import { ensurePrivacyConsent } from '../../services/privacy/personal-info'
import { verifyPhone } from '../../services/phone.service'
import type { PhoneNumberButtonProps } from './phone-number-button.types'

/** The local host has no WeChat: the button sends the simulated exchange's code (see README). */
const SIMULATED_PHONE_CODE = 'simulated-phone-code'

export function PhoneNumberButton({ onVerified }: PhoneNumberButtonProps) {
  async function exchange() {
    if (!(await ensurePrivacyConsent())) return
    const verified = await verifyPhone(SIMULATED_PHONE_CODE)
    if (verified.ok) onVerified(verified.data.phone)
    else void Taro.showToast({ title: friendlyMessage(verified.error), icon: 'none' })
  }
  return (
    <Button className="ll-phone-button" onClick={() => void exchange()}>
      微信手机号一键填写
    </Button>
  )
}
