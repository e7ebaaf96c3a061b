import { defineFunction } from '../define-function'
import { feedbackActions } from './feedback.actions'
import { feedbackReportActions } from './feedback-report.actions'
import { returnVisitActions } from './return-visit.actions'
import { surveyActions } from './survey.actions'

/** The resident's voice: complaints, suggestions and praise; return visits; questionnaires; their figures. */
export const feedbackFunction = defineFunction('feedback', {
  actions: { ...feedbackActions, ...returnVisitActions, ...surveyActions, ...feedbackReportActions },
})
