/** The resident's-voice pages' URLs (app.config.ts lists the same pages, subpackage `voice`). */
export const VOICE_ROUTES = {
  newFeedback: '/voice/new/index',
  mine: '/voice/mine/index',
  detail: '/voice/detail/index',
  queue: '/voice/queue/index',
} as const
