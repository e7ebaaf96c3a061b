import type { IsoTime } from './time'

/**
 * Deadlines, ladders and windows compare as instants, never as strings: an ISO string sorts like
 * its instant only while the year has four digits ("+010000-…" sorts before "2026-…").
 */
export const instant = (at: IsoTime): number => Date.parse(at)

export const isBefore = (a: IsoTime, b: IsoTime): boolean => instant(a) < instant(b)

export const isAtOrBefore = (a: IsoTime, b: IsoTime): boolean => instant(a) <= instant(b)

/** For `Array#sort`: earliest first. */
export const byInstant = (a: IsoTime, b: IsoTime): number => instant(a) - instant(b)

export const earliest = (a: IsoTime, b: IsoTime): IsoTime => (isBefore(a, b) ? a : b)
