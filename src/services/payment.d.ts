import type { RequestPayment } from './payment.types'

/** Resolved per platform by Taro's multi-platform resolver: payment.weapp.ts or payment.h5.ts. */
export declare const requestPayment: RequestPayment
