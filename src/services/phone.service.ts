import { verifiedPhoneReply } from '@core/privacy/phone.replies'
import { callFunction } from './call'

/**
 * The `privacy` function's phone-number exchange: the getPhoneNumber button's code -> the verified number.
 * Its own module (not privacy.service.ts) so the main package's button does not carry the data-rights replies.
 */
export const verifyPhone = (code: string) =>
  callFunction('privacy', { action: 'verifyPhone', code }, verifiedPhoneReply)
