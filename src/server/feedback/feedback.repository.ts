import type { Feedback } from '@core/feedback/feedback'
import { DEFAULT_FEEDBACK_POLICY, FeedbackRules, type FeedbackPolicy } from '@core/feedback/feedback-sla'
import { DEFAULT_VISIT_SAMPLE, type ReturnVisit } from '@core/feedback/return-visit'
import type { Survey, SurveyAnswer } from '@core/feedback/survey'
import { loadSettings } from '../estate/estate-settings'
import type { Store } from '../store/store.port'

export const feedbackCollection = (store: Store) => store.collection<Feedback>('feedback')
export const returnVisitCollection = (store: Store) => store.collection<ReturnVisit>('returnVisits')
export const surveyCollection = (store: Store) => store.collection<Survey>('surveys')
export const answerCollection = (store: Store) => store.collection<SurveyAnswer>('surveyAnswers')

/** The feedback settings managers edit: one document beside the estate settings. */
export interface FeedbackSettings {
  id: typeof FEEDBACK_SETTINGS_ID
  version: number
  policy: FeedbackPolicy
  /** Share of ordinary closed repairs that also get a return visit. */
  returnVisitSample: number
}

export const FEEDBACK_SETTINGS_ID = 'feedback'

const DEFAULT_FEEDBACK_SETTINGS: FeedbackSettings = {
  id: FEEDBACK_SETTINGS_ID,
  version: 0,
  policy: DEFAULT_FEEDBACK_POLICY,
  returnVisitSample: DEFAULT_VISIT_SAMPLE,
}

const settingsDoc = (store: Store) => store.collection<FeedbackSettings>('settings')

export async function loadFeedbackSettings(store: Store): Promise<FeedbackSettings> {
  return (await settingsDoc(store).get(FEEDBACK_SETTINGS_ID)) ?? DEFAULT_FEEDBACK_SETTINGS
}

/** Compare-and-set; null when another manager saved in between. */
export async function saveFeedbackSettings(
  store: Store,
  next: Pick<FeedbackSettings, 'policy' | 'returnVisitSample'>,
): Promise<FeedbackSettings | null> {
  const current = await loadFeedbackSettings(store)
  const doc = { ...current, ...next }
  return current.version === 0 ? settingsDoc(store).insert(doc) : settingsDoc(store).replace(doc)
}

/** Feedback promises on the estate's service calendar, the one repairs use. */
export async function loadFeedbackRules(store: Store): Promise<FeedbackRules> {
  const [feedback, estate] = await Promise.all([loadFeedbackSettings(store), loadSettings(store)])
  return new FeedbackRules(feedback.policy, estate.sla.serviceHours)
}
