import type { Result } from '@core/shared/result'

/**
 * WeChat's phone-number exchange: the mini-program's getPhoneNumber button yields a one-time
 * code; only the server may turn it into the number (phonenumber.getPhoneNumber).
 */
export interface PhoneNumberPort {
  /** The verified mainland number behind `code`, for the user `openid` who tapped the button. */
  exchange(code: string, openid: string): Promise<Result<string>>
}
