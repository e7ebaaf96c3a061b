import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { wxCloud } from '../wechat/wx-cloud'
import type { PhoneNumberPort } from '../ports/phone-number.port'

/** The cloud call we use; wx-server-sdk's typings leave `openapi` loose. */
interface PhoneApi {
  openapi: {
    phonenumber: {
      getPhoneNumber(args: {
        code: string
      }): Promise<{ phoneInfo?: { purePhoneNumber?: string; countryCode?: string } }>
    }
  }
}

/** Needs `phonenumber.getPhoneNumber` in the function's config.json `permissions.openapi`. */
export class WechatPhoneNumbers implements PhoneNumberPort {
  async exchange(code: string): Promise<Result<string>> {
    const cloud = (await wxCloud()) as unknown as PhoneApi
    try {
      const { phoneInfo } = await cloud.openapi.phonenumber.getPhoneNumber({ code })
      if (phoneInfo?.countryCode === '86' && phoneInfo.purePhoneNumber) return ok(phoneInfo.purePhoneNumber)
      return fail(appError(ErrorCode.VALIDATION_FAILED, 'not a mainland number', { code: ['请使用中国大陆手机号'] }))
    } catch (error) {
      // 40029: an invalid or used code (each code works once, for five minutes).
      const { errCode } = error as { errCode?: number }
      if (errCode === 40029) {
        return fail(appError(ErrorCode.VALIDATION_FAILED, 'invalid phone code', { code: ['授权已过期，请重新获取'] }))
      }
      throw error
    }
  }
}
