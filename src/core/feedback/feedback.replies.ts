import type { KpiRange } from '../estate/service-kpi'
import { csvFile, documentOf, itemsOf } from '../shared/reply-schemas'
import { z } from '../shared/zod'
import { FEEDBACK_KINDS, FEEDBACK_STATUSES, FEEDBACK_TOPICS, type Feedback } from './feedback'
import type { FeedbackFigures } from './feedback-report'
import type { ReturnVisit } from './return-visit'
import { QUESTION_TYPES, type Question, type Survey, type SurveyResults } from './survey'
import type { CreateSurveyInput } from './survey.schemas'

// What the `feedback` function answers, as the client's feedback service parses it.

export type SurveyListItem = Survey & { answered: boolean }
export type FeedbackDashboard = FeedbackFigures & { range: KpiRange; from: string; to: string; truncated: boolean }

export const feedbackReply = documentOf<Feedback>()({
  id: z.string(),
  version: z.number(),
  kind: z.enum(FEEDBACK_KINDS),
  topic: z.enum(FEEDBACK_TOPICS),
  description: z.string(),
  photos: z.array(z.string()),
  status: z.enum(FEEDBACK_STATUSES),
  residentName: z.string(),
  createdAt: z.string(),
})
export const feedbackListReply = itemsOf(feedbackReply)

const question = documentOf<Question>()({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  title: z.string(),
  options: z.array(z.string()),
  required: z.boolean(),
})
const surveyFields = {
  id: z.string(),
  version: z.number(),
  title: z.string(),
  questions: z.array(question),
  opensAt: z.string(),
  closesAt: z.string(),
  status: z.enum(['draft', 'published']),
}
export const surveyReply = documentOf<Survey>()(surveyFields)
export const surveyListItemReply = documentOf<SurveyListItem>()({ ...surveyFields, answered: z.boolean() })
export const surveyListReply = itemsOf(surveyListItemReply)
export const surveyTemplateReply = documentOf<Omit<CreateSurveyInput, 'opensAt' | 'closesAt'>>()({
  title: z.string(),
})
export const surveyAnsweredReply = z.looseObject({ surveyId: z.string() })
export const surveyResultsReply = documentOf<SurveyResults>()({
  surveyId: z.string(),
  title: z.string(),
  responses: z.number(),
  responseRate: z.number(),
})
export const surveyExportReply = z.looseObject({ filename: z.string(), csv: z.string(), rows: z.number() })

export const feedbackDashboardReply = documentOf<FeedbackDashboard>()({
  from: z.string(),
  to: z.string(),
  truncated: z.boolean(),
  households: z.number(),
  complaints: z.number(),
})
export const dashboardCsvReply = csvFile

export const returnVisitReply = documentOf<ReturnVisit>()({
  id: z.string(),
  version: z.number(),
  orderId: z.string(),
  residentName: z.string(),
  subject: z.string(),
  dueAt: z.string(),
  status: z.enum(['due', 'done', 'unreachable']),
})
export const returnVisitListReply = itemsOf(returnVisitReply)
