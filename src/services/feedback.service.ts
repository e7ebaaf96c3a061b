import type { KpiRange } from '@core/estate/service-kpi'
import {
  dashboardCsvReply,
  feedbackDashboardReply,
  feedbackListReply,
  feedbackReply,
  returnVisitListReply,
  returnVisitReply,
  surveyAnsweredReply,
  surveyExportReply,
  surveyListItemReply,
  surveyListReply,
  surveyReply,
  surveyResultsReply,
  surveyTemplateReply,
} from '@core/feedback/feedback.replies'
import type { ReturnVisit, VisitOutcome } from '@core/feedback/return-visit'
import type { confirmFeedbackSchema, CreateFeedbackInput, listFeedbackSchema } from '@core/feedback/feedback.schemas'
import type { AnswerValue } from '@core/feedback/survey'
import type { CreateSurveyInput } from '@core/feedback/survey.schemas'
import { staffRefListReply } from '@core/repair/repair.replies'
import type { z } from '@core/shared/zod'
import { actionsOf, callCreate } from './call'

export type { FeedbackDashboard, SurveyListItem } from '@core/feedback/feedback.replies'

const feedback = actionsOf('feedback')
const change = (action: string, fields: object) => feedback(action, feedbackReply, fields)

/** The `feedback` cloud function, one method per action the screens use. */
export const feedbackService = {
  create: (input: CreateFeedbackInput) => callCreate('feedback', { action: 'create', ...input }, feedbackReply),
  get: (id: string) => feedback('get', feedbackReply, { id }),
  list: (input: z.input<typeof listFeedbackSchema>) => feedback('list', feedbackListReply, input),
  acknowledge: (id: string, note: string) => change('acknowledge', { id, note }),
  reply: (id: string, message: string) => change('reply', { id, message }),
  resolve: (id: string, resolution: string) => change('resolve', { id, resolution }),
  assign: (id: string, staffOpenid: string) => change('assign', { id, staffOpenid }),
  transferTargets: (id: string) => feedback('transferTargets', staffRefListReply, { id }),
  confirm: (input: z.input<typeof confirmFeedbackSchema>) => change('confirm', input),
  reopen: (id: string, reason: string) => change('reopen', { id, reason }),
  followUp: (id: string, message: string) => change('followUp', { id, message }),
  surveys: () => feedback('surveyList', surveyListReply),
  survey: (id: string) => feedback('surveyGet', surveyListItemReply, { id }),
  surveyTemplate: () => feedback('surveyTemplate', surveyTemplateReply),
  createSurvey: (input: CreateSurveyInput) => feedback('surveyCreate', surveyReply, input),
  publishSurvey: (id: string) => feedback('surveyPublish', surveyReply, { id }),
  answerSurvey: (id: string, answers: Record<string, AnswerValue>) =>
    feedback('surveyAnswer', surveyAnsweredReply, { id, answers }),
  surveyResults: (id: string) => feedback('surveyResults', surveyResultsReply, { id }),
  /** The answers name households: a personal-data export, with the manager's reason for the audit log. */
  surveyExport: (id: string, exportReason: string) => feedback('surveyExport', surveyExportReply, { id, exportReason }),
  dashboard: (range: KpiRange) => feedback('dashboard', feedbackDashboardReply, { range }),
  dashboardCsv: (range: KpiRange) => feedback('dashboardCsv', dashboardCsvReply, { range }),
  visits: (status: ReturnVisit['status']) => feedback('visits', returnVisitListReply, { status }),
  recordVisit: (id: string, outcome: VisitOutcome, note?: string) =>
    feedback('recordVisit', returnVisitReply, { id, outcome, note }),
}
