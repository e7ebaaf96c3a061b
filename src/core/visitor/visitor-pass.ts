import type { IsoTime } from '../shared/time'

/** What a household may book; the booking form and the function read the same numbers. */
export const PASS_LIMITS = {
  /** A window opens at most this many days ahead. */
  maxDaysAhead: 7,
  /** A window lasts at most this many hours. */
  maxWindowHours: 24,
  /** Entries one pass may allow. */
  maxEntries: 10,
  /** Passes one unit may book per calendar day (estate time), against abuse. */
  perUnitPerDay: 20,
} as const

/** A pass's state at a given moment; only `valid` lets a visitor in. */
export const PASS_STATES = ['not_yet_valid', 'valid', 'used_up', 'expired', 'revoked'] as const
export type PassState = (typeof PASS_STATES)[number]

/** Why the gate turns a code away: stable strings the gate screen switches on. */
export type Refusal = Exclude<PassState, 'valid'> | 'unknown'

export interface VisitorPass {
  id: string
  /** Bumped by every write; admissions are compare-and-set on it, so no entry is counted twice. */
  version: number
  /** The unit the visitor comes to; every resident of that unit may see and revoke the pass. */
  unitId: string
  /** Who booked it. */
  residentOpenid: string
  residentName: string
  visitorName: string
  /** Full number: only the household sees it unmasked. */
  visitorPhone: string
  plate: string | null
  validFrom: IsoTime
  validUntil: IsoTime
  maxEntries: number
  /** Entries recorded so far. */
  entries: number
  lastEntryAt: IsoTime | null
  /** The bearer secret in the QR code (at least 128 random bits). */
  token: string
  /** The manual-entry code, unique among passes not yet expired. */
  shortCode: string
  createdAt: IsoTime
  revokedAt: IsoTime | null
}

/** A pass as its household sees it: everything, plus its state when read. */
export interface HouseholdPass extends VisitorPass {
  state: PassState
  entriesLeft: number
}

/** A pass as the gate sees it: only what the check needs, phone masked. */
export interface GatePass {
  visitorName: string
  /** Masked, e.g. `138****0001`. */
  visitorPhone: string
  plate: string | null
  unitId: string
  validFrom: IsoTime
  validUntil: IsoTime
  entriesLeft: number
}

/** A pass as the visitor sees it from the shared link: the gate's view plus the codes to show. */
export interface SharedPass extends GatePass {
  state: PassState
  token: string
  shortCode: string
}

/** What the gate screen shows after a check or an admission. */
export type GateResult =
  { outcome: 'valid' | 'admitted'; pass: GatePass } | { outcome: 'refused'; reason: Refusal; pass: GatePass | null }

/** One admission, kept for managers. */
export interface EntryRecord {
  /** `<passId>-<entry number>`, so recording the same admission twice writes it once. */
  id: string
  version: number
  passId: string
  unitId: string
  visitorName: string
  /** Masked: the log is read by managers, not the household. */
  visitorPhone: string
  plate: string | null
  guardOpenid: string
  guardName: string
  at: IsoTime
}
