import {
  DEFAULT_FEEDBACK_SETTINGS,
  FEEDBACK_SETTINGS_ID,
  type FeedbackSettings,
} from '@core/feedback/feedback-settings'
import { FeedbackRules } from '@core/feedback/feedback-sla'
import { loadSettings } from '../estate/estate-settings'
import type { Store } from '../store/store.port'

export async function loadFeedbackSettings(store: Store): Promise<FeedbackSettings> {
  // The settings collection holds three documents; the id tells them apart.
  const doc = await store.collection('settings').get(FEEDBACK_SETTINGS_ID)
  return doc?.id === FEEDBACK_SETTINGS_ID ? doc : DEFAULT_FEEDBACK_SETTINGS
}

/** Compare-and-set; null when another manager saved in between. */
export async function saveFeedbackSettings(
  store: Store,
  next: Pick<FeedbackSettings, 'policy' | 'returnVisitSample'>,
): Promise<FeedbackSettings | null> {
  const current = await loadFeedbackSettings(store)
  const doc = { ...current, ...next }
  const settings = store.collection('settings')
  const saved = current.version === 0 ? await settings.insert(doc) : await settings.replace(doc)
  return saved?.id === FEEDBACK_SETTINGS_ID ? saved : null
}

/** Feedback promises on the estate's service calendar, the one repairs use. */
export async function loadFeedbackRules(store: Store): Promise<FeedbackRules> {
  const [feedback, estate] = await Promise.all([loadFeedbackSettings(store), loadSettings(store)])
  return new FeedbackRules(feedback.policy, estate.sla.serviceHours)
}
