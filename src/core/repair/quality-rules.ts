import { z } from '../shared/zod'
import { DEFAULT_REPEAT_WINDOW_DAYS } from './repeat-fault'

/**
 * The estate's rules for holding work to account beyond the SLA: repeat faults, on-site proof,
 * outage detection and vendor contract review. One document a manager edits.
 */

export const QUALITY_RULES_ID = 'rules'

export const qualityRulesSchema = z.object({
  /** A report of the same problem this many days after a job was finished counts as a repeat. */
  repeatWindowDays: z.number().int().min(1).max(365),
  /** On-site proof for in-house jobs too (vendor jobs always need it). */
  proofForAll: z.boolean(),
  incident: z.object({
    /** This many reports of one category from one building (or spot)… */
    threshold: z.number().int().min(2).max(50),
    /** …within this many minutes suggest a public outage. */
    windowMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
    /** Open the incident at once instead of asking a manager first. */
    autoOpen: z.boolean(),
  }),
  review: z.object({
    /** A vendor's on-time resolution below this share (0..1)… */
    onTimeBelow: z.number().min(0).max(1),
    /** …for this many months running flags it for contract review. */
    monthsRunning: z.number().int().min(1).max(12),
  }),
})

export type QualityRulesInput = z.output<typeof qualityRulesSchema>

export interface QualityRules extends QualityRulesInput {
  id: typeof QUALITY_RULES_ID
  version: number
}

export const DEFAULT_QUALITY_RULES: QualityRules = {
  id: QUALITY_RULES_ID,
  version: 0,
  repeatWindowDays: DEFAULT_REPEAT_WINDOW_DAYS,
  proofForAll: false,
  incident: { threshold: 3, windowMinutes: 60, autoOpen: false },
  review: { onTimeBelow: 0.85, monthsRunning: 2 },
}
