import type { Scanner } from './scanner.types'

/** Resolved per platform by Taro's multi-platform resolver: scanner.weapp.ts or scanner.h5.ts. */
export declare const scanner: Scanner
