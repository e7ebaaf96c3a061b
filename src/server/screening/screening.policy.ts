import type { Scene } from '../ports/content-security.port'

/** What one action writes that other people will see. */
export interface ScreenedAction {
  /** Input fields checked as text before anything is written; nested strings (survey answers) included. */
  text: readonly string[]
  /** WeChat's scene for the check: 1 profile-like data, 2 comments, 3 forum-like posts. */
  scene: Scene
  /** Input fields holding uploaded file ids, sent to the asynchronous image check once the action succeeds. */
  photos?: readonly string[]
  /** What the photos belong to (the inbox message to the uploader links there). */
  refType?: 'repair' | 'feedback'
}

/**
 * Every action, by `function.action`, whose input other people see. A test checks each key names
 * a real action and each field is in its input schema, so a rename cannot silently drop a check.
 */
export const SCREENED_ACTIONS: Record<string, ScreenedAction> = {
  'repair.create': { text: ['description'], scene: 2, photos: ['photos'], refType: 'repair' },
  'repair.complete': { text: ['note'], scene: 2, photos: ['photos'], refType: 'repair' },
  'repair.confirm': { text: ['comment'], scene: 2 },
  'repair.reopen': { text: ['reason'], scene: 2 },
  'repair.cancel': { text: ['reason'], scene: 2 },
  'inbox.announce': { text: ['title', 'body'], scene: 3 },
  'visitor.create': { text: ['visitorName'], scene: 1 },
  'feedback.create': { text: ['description'], scene: 2, photos: ['photos'], refType: 'feedback' },
  'feedback.acknowledge': { text: ['note'], scene: 2 },
  'feedback.reply': { text: ['message'], scene: 2 },
  'feedback.followUp': { text: ['message'], scene: 2 },
  'feedback.resolve': { text: ['resolution'], scene: 2 },
  'feedback.reopen': { text: ['reason'], scene: 2 },
  'feedback.confirm': { text: ['comment'], scene: 2 },
  'feedback.surveyCreate': { text: ['title', 'intro'], scene: 3 },
  'feedback.surveyAnswer': { text: ['answers'], scene: 2 },
  'report.publish': { text: ['foreword'], scene: 3 },
}

/** Actions whose replies carry photos to residents and staff: photos held or refused by the image check are removed. */
export const PHOTO_VIEWS: ReadonlySet<string> = new Set([
  'repair.get',
  'repair.list',
  'feedback.get',
  'feedback.list',
  'feedback.linked',
])
