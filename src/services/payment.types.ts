import type { Checkout } from '@core/billing/billing.views'
import type { Reply } from './reply'

/**
 * Paying a checkout on this platform: `payment.weapp.ts` opens WeChat Pay, `payment.h5.ts` the
 * local host's 模拟支付. Resolves to true when paid, false when the payer backed out.
 */
export type RequestPayment = (checkout: Checkout) => Promise<Reply<boolean>>
