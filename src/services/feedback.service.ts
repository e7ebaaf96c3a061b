import type { KpiRange } from '@core/estate/service-kpi'
import type { Feedback } from '@core/feedback/feedback'
import type { FeedbackFigures } from '@core/feedback/feedback-report'
import type { ReturnVisit, VisitOutcome } from '@core/feedback/return-visit'
import type { confirmFeedbackSchema, CreateFeedbackInput, listFeedbackSchema } from '@core/feedback/feedback.schemas'
import type { Survey, SurveyResults, AnswerValue } from '@core/feedback/survey'
import type { CreateSurveyInput } from '@core/feedback/survey.schemas'
import type { z } from '@core/shared/zod'
import type { StaffRef } from '@core/estate/estate'
import { callCreate, callFunction } from './call'

const feedback = <T>(action: string, fields: object) => callFunction<T>('feedback', { action, ...fields })
const change = (action: string, fields: object) => feedback<Feedback>(action, fields)

export type SurveyListItem = Survey & { answered: boolean }

/** A CSV the server wrote, to hand to the manager with `csvFiles.save`. */
export interface CsvExport {
  filename: string
  csv: string
}

export type FeedbackDashboard = FeedbackFigures & { range: KpiRange; from: string; to: string; truncated: boolean }

/** The `feedback` cloud function, one method per action the screens use. */
export const feedbackService = {
  create: (input: CreateFeedbackInput) => callCreate<Feedback>('feedback', { action: 'create', ...input }),
  get: (id: string) => feedback<Feedback>('get', { id }),
  list: (input: z.input<typeof listFeedbackSchema>) => feedback<{ items: Feedback[] }>('list', input),
  acknowledge: (id: string, note: string) => change('acknowledge', { id, note }),
  reply: (id: string, message: string) => change('reply', { id, message }),
  resolve: (id: string, resolution: string) => change('resolve', { id, resolution }),
  assign: (id: string, staffOpenid: string) => change('assign', { id, staffOpenid }),
  transferTargets: (id: string) => feedback<{ items: StaffRef[] }>('transferTargets', { id }),
  confirm: (input: z.input<typeof confirmFeedbackSchema>) => change('confirm', input),
  reopen: (id: string, reason: string) => change('reopen', { id, reason }),
  followUp: (id: string, message: string) => change('followUp', { id, message }),
  surveys: () => feedback<{ items: SurveyListItem[] }>('surveyList', {}),
  survey: (id: string) => feedback<SurveyListItem>('surveyGet', { id }),
  surveyTemplate: () => feedback<Omit<CreateSurveyInput, 'opensAt' | 'closesAt'>>('surveyTemplate', {}),
  createSurvey: (input: CreateSurveyInput) => feedback<Survey>('surveyCreate', input),
  publishSurvey: (id: string) => feedback<Survey>('surveyPublish', { id }),
  answerSurvey: (id: string, answers: Record<string, AnswerValue>) =>
    feedback<{ surveyId: string }>('surveyAnswer', { id, answers }),
  surveyResults: (id: string) => feedback<SurveyResults>('surveyResults', { id }),
  /** The answers name households: a personal-data export, with the manager's reason for the audit log. */
  surveyExport: (id: string, exportReason: string) =>
    feedback<CsvExport & { rows: number }>('surveyExport', { id, exportReason }),
  dashboard: (range: KpiRange) => feedback<FeedbackDashboard>('dashboard', { range }),
  dashboardCsv: (range: KpiRange) => feedback<CsvExport>('dashboardCsv', { range }),
  visits: (status: ReturnVisit['status']) => feedback<{ items: ReturnVisit[] }>('visits', { status }),
  recordVisit: (id: string, outcome: VisitOutcome, note?: string) =>
    feedback<ReturnVisit>('recordVisit', { id, outcome, note }),
}
