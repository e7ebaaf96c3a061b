import type { IsoTime } from '../shared/time'

/**
 * What a work order records of its on-site proof and of the job it repeats: plain records, apart
 * from the rules that make them (on-site-proof.ts, repeat-fault.ts), so the order's type needs
 * nothing that needs the order.
 */

export interface GeoPoint {
  latitude: number
  longitude: number
  /** Metres, as the device reports it. */
  accuracy?: number
}

export interface CheckIn {
  at: IsoTime
  by: string
  /** Null when the device gave no location (refused permission, no fix). */
  location: GeoPoint | null
}

/** The earlier job a repeat undoes, with who did it (the repeat rate is charged to them). */
export interface RepeatLink {
  orderId: string
  /** When that job was reported done. */
  completedAt: IsoTime
  assigneeOpenid: string | null
  vendorId: string | null
}

export const ROOT_CAUSES = ['workmanship', 'parts', 'misdiagnosis', 'wear', 'misuse', 'external', 'other'] as const
export type RootCauseCode = (typeof ROOT_CAUSES)[number]

export interface RootCause {
  code: RootCauseCode
  /** The worker's own words: what was really wrong this time. */
  text: string
}
