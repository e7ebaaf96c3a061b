import type { Actor } from '../identity/actor'
import type { Feedback } from './feedback'

export const ANONYMOUS_NAME = '匿名业主'
const HIDDEN = 'anonymous'

/**
 * What a caller is shown. Anonymous feedback reaches staff without the resident's name, unit or
 * openid anywhere in it (thread and timeline included); managers and the household see it whole.
 */
export function feedbackFor(item: Feedback, actor: Actor): Feedback {
  if (!item.anonymous || actor.role === 'manager' || actor.role === 'resident') return item
  const who = item.residentOpenid
  return {
    ...item,
    unitId: '',
    residentOpenid: HIDDEN,
    residentName: ANONYMOUS_NAME,
    thread: item.thread.map((m) => (m.byOpenid === who ? { ...m, byOpenid: HIDDEN, byName: ANONYMOUS_NAME } : m)),
    timeline: item.timeline.map((e) => (e.by === who ? { ...e, by: HIDDEN } : e)),
  }
}
