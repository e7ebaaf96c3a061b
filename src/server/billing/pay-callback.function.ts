import { defineFunction } from '../define-function'
import { applyPayment } from './apply-payment'

/**
 * WeChat Pay's notify function. It has no user actions: only the payment platform may invoke it
 * (SOURCE `wx_paycallback` in production; locally the dev route `POST /api/dev/pay/<orderId>`).
 */
export const payCallbackFunction = defineFunction('payCallback', {
  actions: {},
  payment: { run: (notification, runtime) => applyPayment(runtime, notification) },
})
