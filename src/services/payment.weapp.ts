import Taro from '@tarojs/taro'
import type { RequestPayment } from './payment.types'

const errMsgOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { errMsg?: unknown }).errMsg === 'string'
    ? (error as { errMsg: string }).errMsg
    : String(error)

/** WeChat Pay's sheet with the parameters cloudPay.unifiedOrder returned. */
export const requestPayment: RequestPayment = async ({ payment }) => {
  try {
    await Taro.requestPayment({ ...payment })
    return { ok: true, data: true }
  } catch (error) {
    const message = errMsgOf(error)
    // Closing the sheet is the payer's choice, not a failure.
    if (message.includes('cancel')) return { ok: true, data: false }
    return { ok: false, error: { code: 'INTERNAL', message } }
  }
}
