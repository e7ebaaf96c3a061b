import type { PaymentParams } from '@core/billing/payment-order'
import type { Fen } from '@core/shared/money'
import type { Result } from '@core/shared/result'
import type { IsoTime } from '@core/shared/time'

/** The cloud function the gateway notifies of payments (its folder under cloudfunctions/). */
export const PAY_CALLBACK_FUNCTION = 'payCallback'

export interface PrepayRequest {
  /** Our order id, WeChat's out_trade_no. */
  outTradeNo: string
  totalFee: Fen
  /** What the payer reads on the payment sheet (≤ 128 bytes). */
  description: string
  payerOpenid: string
  /** The gateway should refuse to take the payment after this. */
  expiresAt: IsoTime
}

export interface RefundRequest {
  outTradeNo: string
  /** Reused on every retry of the same refund, so the gateway refunds once. */
  outRefundNo: string
  totalFee: Fen
  refundFee: Fen
  reason: string
}

/**
 * The payment gateway. Production: WeChat Pay through cloudPay (wx-pay.ts); locally: a simulated
 * gateway (simulated-pay.ts). Payment results arrive separately, at the payCallback function.
 */
export interface PayPort {
  /** Opens the payment at the gateway; the result goes to `Taro.requestPayment`. */
  prepay(request: PrepayRequest): Promise<Result<PaymentParams>>
  /** Closes an unpaid payment so it can no longer be paid; CONFLICT when it was paid already. */
  close(outTradeNo: string): Promise<Result<void>>
  /** Asks the gateway to refund; ok means it accepted the request. */
  refund(request: RefundRequest): Promise<Result<void>>
}
