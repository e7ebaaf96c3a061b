import { FEEDBACK_TOPICS, type FeedbackTopic } from '@core/feedback/feedback'

/** Topics label themselves: they are the Chinese words residents pick from. */
export const TOPIC_LABEL = Object.fromEntries(FEEDBACK_TOPICS.map((t) => [t, t])) as Record<FeedbackTopic, string>
