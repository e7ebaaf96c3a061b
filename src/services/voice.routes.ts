/** The resident's-voice pages' URLs (app.config.ts lists the same pages, subpackage `voice`). */
export const VOICE_ROUTES = {
  newFeedback: '/voice/new/index',
  mine: '/voice/mine/index',
  detail: '/voice/detail/index',
  queue: '/voice/queue/index',
  /** Residents: the open surveys addressed to them; managers: every survey, with 新建. */
  surveys: '/voice/surveys/index',
  surveyNew: '/voice/survey-new/index',
  /** Answering one survey (`?id=`). */
  survey: '/voice/survey/index',
  surveyResults: '/voice/survey-results/index',
  dashboard: '/voice/dashboard/index',
  visits: '/voice/visits/index',
} as const
