import type { Transport } from './transport.types'

/** Resolved per platform by Taro's multi-platform resolver: transport.weapp.ts or transport.h5.ts. */
export declare const transport: Transport
