import type { FeedbackKind, FeedbackStatus, FeedbackTimer } from './feedback'
import type { VisitOutcome, VisitReason } from './return-visit'
import type { QuestionType } from './survey'

export const KIND_LABEL: Record<FeedbackKind, string> = { complaint: '投诉', suggestion: '建议', praise: '表扬' }

export const FEEDBACK_STATUS_LABEL: Record<FeedbackStatus, string> = {
  submitted: '待受理',
  acknowledged: '处理中',
  resolved: '待确认',
  closed: '已完结',
  reopened: '重新处理中',
}

export const FEEDBACK_TIMER_LABEL: Record<FeedbackTimer, string> = { acknowledge: '受理', resolve: '处理' }

export const VISIT_OUTCOME_LABEL: Record<VisitOutcome, string> = {
  satisfied: '满意',
  neutral: '一般',
  dissatisfied: '不满意',
  unreachable: '未联系上',
}

export const VISIT_REASON_LABEL: Record<VisitReason, string> = {
  urgent: '紧急工单',
  low_rating: '低评分',
  sample: '抽样',
}

export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  single: '单选',
  multiple: '多选',
  rating: '评分',
  text: '填空',
}
