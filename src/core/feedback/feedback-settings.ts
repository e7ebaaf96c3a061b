import { DEFAULT_FEEDBACK_POLICY, type FeedbackPolicy } from './feedback-sla'
import { DEFAULT_VISIT_SAMPLE } from './return-visit'

export const FEEDBACK_SETTINGS_ID = 'feedback'

/** The feedback settings managers edit: one document beside the estate settings. */
export interface FeedbackSettings {
  id: typeof FEEDBACK_SETTINGS_ID
  version: number
  policy: FeedbackPolicy
  /** Share of ordinary closed repairs that also get a return visit. */
  returnVisitSample: number
}

export const DEFAULT_FEEDBACK_SETTINGS: FeedbackSettings = {
  id: FEEDBACK_SETTINGS_ID,
  version: 0,
  policy: DEFAULT_FEEDBACK_POLICY,
  returnVisitSample: DEFAULT_VISIT_SAMPLE,
}
