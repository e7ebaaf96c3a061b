import { nodeCrypto } from '../node-crypto'
import { toPayStamp } from '@core/billing/calendar'
import type { PaymentParams } from '@core/billing/payment-order'
import { appError, ErrorCode, type AppError } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { wxCloud } from '../wechat/wx-cloud'
import { PAY_CALLBACK_FUNCTION, type PayPort, type PrepayRequest, type RefundRequest } from '../ports/pay.port'

/** A cloudPay reply, camelCased by wx-server-sdk. */
interface CloudPayReply {
  returnCode?: string
  returnMsg?: string
  resultCode?: string
  errCode?: string | number
  errCodeDes?: string
  payment?: PaymentParams
}

type CloudPayCall = (params: Record<string, string | number>) => Promise<CloudPayReply>

/** The part of `cloud.cloudPay` we call (wx-server-sdk 4.0.2 ships no typings for it). */
interface CloudPay {
  unifiedOrder: CloudPayCall
  closeOrder: CloudPayCall
  refund: CloudPayCall
}

interface Gateway {
  cloudPay: CloudPay
  envId: string
  subMchId: string
}

const nonce = () => nodeCrypto().randomBytes(16).toString('hex')

async function gateway(): Promise<Result<Gateway>> {
  const subMchId = process.env.WXPAY_SUB_MCH_ID
  if (!subMchId) return fail(appError(ErrorCode.INTERNAL, 'WXPAY_SUB_MCH_ID is not set on this function'))
  const cloud = await wxCloud()
  const envId = cloud.getWXContext().ENV
  if (!envId) return fail(appError(ErrorCode.INTERNAL, 'no CloudBase environment in the function context'))
  return ok({ cloudPay: (cloud as unknown as { cloudPay: CloudPay }).cloudPay, envId, subMchId })
}

const succeeded = (reply: CloudPayReply) => reply.returnCode === 'SUCCESS' && reply.resultCode === 'SUCCESS'

function refusal(reply: CloudPayReply, what: string): AppError {
  const detail =
    `${what}: ${String(reply.errCode ?? reply.returnCode)} ${reply.errCodeDes ?? reply.returnMsg ?? ''}`.trim()
  // The order being paid or closed already is a state clash the caller can act on; anything else is ours to fix.
  const clash = reply.errCode === 'ORDERPAID' || reply.errCode === 'ORDERCLOSED'
  return appError(clash ? ErrorCode.CONFLICT : ErrorCode.INTERNAL, detail)
}

/** Runs one cloudPay call; transport faults come back as INTERNAL so callers roll back on one path. */
async function call(
  what: keyof CloudPay,
  params: (gw: Gateway) => Record<string, string | number>,
): Promise<Result<CloudPayReply>> {
  const gw = await gateway()
  if (!gw.ok) return gw
  try {
    return ok(await gw.value.cloudPay[what]({ subMchId: gw.value.subMchId, nonceStr: nonce(), ...params(gw.value) }))
  } catch (error) {
    return fail(
      appError(
        ErrorCode.INTERNAL,
        `cloudPay.${what} failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    )
  }
}

/** WeChat Pay through wx-server-sdk's cloudPay (REFERENCE.md section 6). Not runnable outside CloudBase. */
export const wxPay: PayPort = {
  async prepay(request: PrepayRequest) {
    const replied = await call('unifiedOrder', (gw) => ({
      body: request.description,
      outTradeNo: request.outTradeNo,
      totalFee: request.totalFee,
      spbillCreateIp: '127.0.0.1',
      envId: gw.envId,
      functionName: PAY_CALLBACK_FUNCTION,
      tradeType: 'JSAPI',
      timeExpire: toPayStamp(request.expiresAt),
    }))
    if (!replied.ok) return replied
    const reply = replied.value
    return succeeded(reply) && reply.payment ? ok(reply.payment) : fail(refusal(reply, 'unifiedOrder'))
  },

  async close(outTradeNo: string) {
    const replied = await call('closeOrder', () => ({ outTradeNo }))
    if (!replied.ok) return replied
    const reply = replied.value
    // Never opened at the gateway, or closed already: either way it can no longer be paid.
    const closed = succeeded(reply) || reply.errCode === 'ORDERNOTEXIST' || reply.errCode === 'ORDERCLOSED'
    return closed ? ok(undefined) : fail(refusal(reply, 'closeOrder'))
  },

  async refund(request: RefundRequest) {
    // No envId/functionName: a refund notification would reach payCallback, which only takes payments.
    const replied = await call('refund', () => ({
      outTradeNo: request.outTradeNo,
      outRefundNo: request.outRefundNo,
      totalFee: request.totalFee,
      refundFee: request.refundFee,
      refundDesc: request.reason.slice(0, 80),
    }))
    if (!replied.ok) return replied
    return succeeded(replied.value) ? ok(undefined) : fail(refusal(replied.value, 'refund'))
  },
}
