import { isAtOrBefore } from '@core/shared/instant'
import { randomBytes, randomInt } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { toPayStamp } from '@core/billing/calendar'
import type { PaymentParams } from '@core/billing/payment-order'
import type { Clock } from '@core/shared/clock'
import { appError, ErrorCode } from '@core/shared/errors'
import type { Fen } from '@core/shared/money'
import { fail, ok, type Result } from '@core/shared/result'
import type { IsoTime } from '@core/shared/time'
import type { PayPort, PrepayRequest, RefundRequest } from '../ports/pay.port'

/** The gateway's own record of a payment, as WeChat Pay keeps one per out_trade_no. */
interface GatewayPayment {
  totalFee: Fen
  payerOpenid: string
  expiresAt: IsoTime
  status: 'open' | 'paid' | 'closed' | 'refunded'
  prepayId: string
  transactionId: string | null
  paidAt: IsoTime | null
}

/** A payment result notification, field for field what WeChat Pay hands the payCallback function. */
export interface SimulatedNotification {
  returnCode: 'SUCCESS'
  resultCode: 'SUCCESS'
  appid: string
  mchId: string
  subMchId: string
  nonceStr: string
  openid: string
  subOpenid: string
  isSubscribe: 'N'
  tradeType: 'JSAPI'
  bankType: 'OTHERS'
  totalFee: Fen
  feeType: 'CNY'
  cashFee: Fen
  transactionId: string
  outTradeNo: string
  timeEnd: string
}

/**
 * The saved payments. A file left torn by an older version (written in place) is set aside as
 * `.corrupt` and the gateway starts empty: the host must start; open pay sheets are simply asked for again.
 */
function readState(file: string): Record<string, GatewayPayment> {
  if (!existsSync(file)) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, GatewayPayment>
  } catch {
    renameSync(file, `${file}.corrupt`)
    return {}
  }
}

const conflict = (message: string) => fail(appError(ErrorCode.CONFLICT, message))

/**
 * The local host's stand-in for WeChat Pay. It keeps its payments in a JSON file in the data
 * folder (so a pay sheet survives a host restart) and, when the developer confirms 模拟支付,
 * produces the notification the real gateway would send.
 */
export class SimulatedPay implements PayPort {
  private readonly payments: Map<string, GatewayPayment>

  constructor(
    private readonly file: string,
    private readonly clock: Clock,
  ) {
    this.payments = new Map(Object.entries(readState(file)))
  }

  /** Written to a temporary file, flushed, then renamed over the state: a crash leaves the old or the new, never half. */
  private save(): void {
    const temporary = `${this.file}.tmp`
    const fd = openSync(temporary, 'w')
    try {
      writeSync(fd, JSON.stringify(Object.fromEntries(this.payments)))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, this.file)
  }

  private params(payment: GatewayPayment): PaymentParams {
    const timeStamp = String(Math.floor(this.clock.now().getTime() / 1000))
    return {
      timeStamp,
      nonceStr: randomBytes(8).toString('hex'),
      package: `prepay_id=${payment.prepayId}`,
      signType: 'MD5',
      paySign: 'SIMULATED',
    }
  }

  async prepay(request: PrepayRequest): Promise<Result<PaymentParams>> {
    const known = this.payments.get(request.outTradeNo)
    // Like WeChat: the same order number may be submitted again only unchanged and still open.
    if (known) {
      if (known.status !== 'open' || known.totalFee !== request.totalFee)
        return conflict(`${request.outTradeNo} is ${known.status}`)
      return ok(this.params(known))
    }
    const payment: GatewayPayment = {
      totalFee: request.totalFee,
      payerOpenid: request.payerOpenid,
      expiresAt: request.expiresAt,
      status: 'open',
      prepayId: `sim${randomBytes(12).toString('hex')}`,
      transactionId: null,
      paidAt: null,
    }
    this.payments.set(request.outTradeNo, payment)
    this.save()
    return ok(this.params(payment))
  }

  async close(outTradeNo: string): Promise<Result<void>> {
    const payment = this.payments.get(outTradeNo)
    if (!payment) return ok(undefined)
    if (payment.status === 'paid' || payment.status === 'refunded') return conflict(`${outTradeNo} is already paid`)
    payment.status = 'closed'
    this.save()
    return ok(undefined)
  }

  async refund(request: RefundRequest): Promise<Result<void>> {
    const payment = this.payments.get(request.outTradeNo)
    if (!payment || payment.status === 'open' || payment.status === 'closed')
      return conflict(`${request.outTradeNo} was not paid`)
    if (request.refundFee > payment.totalFee) return conflict('refund exceeds the payment')
    payment.status = 'refunded'
    this.save()
    return ok(undefined)
  }

  /**
   * The payer confirms 模拟支付: the gateway takes the money once and answers with the
   * notification, the same one again for every retry. `totalFee` forges a notification with
   * another amount (tests of the amount check); the gateway's own record is unchanged.
   */
  pay(outTradeNo: string, forged: { totalFee?: Fen } = {}): Result<SimulatedNotification> {
    const payment = this.payments.get(outTradeNo)
    if (!payment) return fail(appError(ErrorCode.NOT_FOUND, `the gateway has no payment ${outTradeNo}`))
    const now = this.clock.now().toISOString()
    if (payment.status === 'closed') return conflict(`${outTradeNo} is closed`)
    if (payment.status === 'open') {
      if (isAtOrBefore(payment.expiresAt, now)) return conflict(`${outTradeNo} has expired`)
      payment.status = 'paid'
      payment.paidAt = now
      payment.transactionId = `4200${toPayStamp(now)}${String(randomInt(1e9)).padStart(9, '0')}`
      this.save()
    }
    return ok({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      appid: 'wx-simulated',
      mchId: 'simulated-mch',
      subMchId: 'simulated-sub-mch',
      nonceStr: randomBytes(8).toString('hex'),
      openid: payment.payerOpenid,
      subOpenid: payment.payerOpenid,
      isSubscribe: 'N',
      tradeType: 'JSAPI',
      bankType: 'OTHERS',
      totalFee: forged.totalFee ?? payment.totalFee,
      feeType: 'CNY',
      cashFee: forged.totalFee ?? payment.totalFee,
      transactionId: payment.transactionId!,
      outTradeNo,
      timeEnd: toPayStamp(payment.paidAt!),
    })
  }
}
