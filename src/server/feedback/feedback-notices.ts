import { findStaff } from '../identity/people.repository'
import type { Feedback, FeedbackEvent, FeedbackTimer } from '@core/feedback/feedback'
import { FEEDBACK_TIMER_LABEL, KIND_LABEL } from '@core/feedback/feedback.labels'
import type { FeedbackRules } from '@core/feedback/feedback-sla'
import { formatLocal } from '@core/shared/time'

import { notify, type Notice } from '../notify/notifier'
import type { Context } from '../action'
import type { Store } from '../store/store.port'

const hhmm = (at: string) => formatLocal(at, 'MM-DD HH:mm')

/** What staff read: never the unit of an anonymous resident. */
const staffSubject = (item: Feedback) =>
  `${item.anonymous ? '' : `${item.unitId} `}${KIND_LABEL[item.kind]}·${item.topic}`
const residentSubject = (item: Feedback) => `您的${KIND_LABEL[item.kind]}（${item.topic}）`

export async function managerOpenids(store: Store): Promise<string[]> {
  return (await findStaff(store, ['manager'])).map((m) => m.openid)
}

/** Breaches go to the owner of the unit's grid; without a grid, to the managers. */
async function gridOwnerOrManagers(store: Store, item: Feedback): Promise<string[]> {
  const grid = item.gridId ? await store.collection('grids').get(item.gridId) : null
  return grid ? [grid.ownerOpenid] : managerOpenids(store)
}

const ref = (item: Feedback) => ({ type: 'feedback', id: item.id })

function toResident(item: Feedback, kind: string, title: string, body: string, status: string, at: string): Notice {
  return {
    toOpenid: item.residentOpenid,
    kind,
    title,
    body,
    ref: ref(item),
    push: { template: 'feedbackUpdate', values: { subject: residentSubject(item), status, at, note: body } },
  }
}

// Staff hear of feedback in the inbox: the WeChat templates for staff open the repair job page.
const toStaff = (item: Feedback, openids: string[], kind: string, title: string, body: string): Notice[] =>
  [...new Set(openids)].map((toOpenid) => ({ toOpenid, kind, title, body, ref: ref(item) }))

const lastStaffWords = (item: Feedback) => item.thread[item.thread.length - 1]?.message ?? ''

async function noticesFor(store: Store, rules: FeedbackRules, item: Feedback, event: FeedbackEvent): Promise<Notice[]> {
  const holder = item.assigneeOpenid ?? item.ownerOpenid
  switch (event.type) {
    case 'created':
      if (item.kind === 'praise') {
        return toStaff(item, [item.praisedOpenid!], 'feedback_praise', '您收到一条业主表扬', item.description)
      }
      return item.assigneeOpenid
        ? []
        : toStaff(
            item,
            await gridOwnerOrManagers(store, item),
            'feedback_new',
            `新${KIND_LABEL[item.kind]}待受理`,
            staffSubject(item),
          )
    case 'dispatched':
    case 'assigned':
    case 'transferred':
      return item.assigneeOpenid
        ? toStaff(
            item,
            [item.assigneeOpenid],
            'feedback_assigned',
            `您有一条${KIND_LABEL[item.kind]}待处理`,
            `${staffSubject(item)}：${item.description}`,
          )
        : []
    case 'acknowledged':
      return [
        toResident(
          item,
          'feedback_acknowledged',
          '您的反馈已受理',
          `${item.ownerName ?? ''}已受理，将于 ${hhmm(item.deadlines.resolve ?? event.at)} 前处理完毕`,
          '已受理',
          event.at,
        ),
      ]
    case 'replied':
      return [toResident(item, 'feedback_replied', '物业回复了您的反馈', lastStaffWords(item), '已回复', event.at)]
    case 'resolved':
      return [toResident(item, 'feedback_resolved', '您的反馈已处理', '请确认处理结果并评价', '待确认', event.at)]
    case 'followed_up':
    case 'reopened':
      return holder
        ? toStaff(
            item,
            [holder],
            'feedback_followed_up',
            event.type === 'reopened' ? '业主对处理结果不满意' : '业主追问',
            `${staffSubject(item)}：${item.thread[item.thread.length - 1]?.message ?? ''}`,
          )
        : []
    default:
      return ladderNotices(store, rules, item, event)
  }
}

const LADDER_EVENT = /^(acknowledge|resolve)_(warning|overdue|escalated)$/

/**
 * The same ladder as repairs: the warning to whoever holds it (the grid owner while nobody does);
 * the breach to the grid owner with an apology to the resident naming the new expectation; the
 * escalation to the managers.
 */
async function ladderNotices(
  store: Store,
  rules: FeedbackRules,
  item: Feedback,
  event: FeedbackEvent,
): Promise<Notice[]> {
  const match = LADDER_EVENT.exec(event.type)
  if (!match) return []
  const timer = match[1] as FeedbackTimer
  const step = match[2]
  const what = `${staffSubject(item)} ${FEEDBACK_TIMER_LABEL[timer]}`
  const schedule = rules.schedule(item, timer)
  if (step === 'warning') {
    const to = item.assigneeOpenid ? [item.assigneeOpenid] : await gridOwnerOrManagers(store, item)
    return toStaff(
      item,
      to,
      'feedback_warning',
      '反馈即将超时',
      `${what}将于 ${hhmm(schedule.deadline)} 到期，请尽快处理`,
    )
  }
  if (step === 'overdue') {
    // The managers step in at the escalation point at the latest: that is the promise we can keep.
    return [
      ...toStaff(
        item,
        await gridOwnerOrManagers(store, item),
        'feedback_overdue',
        '反馈已超时',
        `${what}已超时，请立即跟进`,
      ),
      toResident(
        item,
        'feedback_delayed',
        '抱歉，您的反馈处理慢了',
        `我们已催办，最迟 ${hhmm(schedule.escalateAt)} 前由专人跟进`,
        '已催办',
        event.at,
      ),
    ]
  }
  return toStaff(
    item,
    await managerOpenids(store),
    'feedback_escalated',
    '超时反馈已升级',
    `${what}超时仍未完成，已升级至物业经理`,
  )
}

/** Sends what the events appended since `before` call for; called only after the write won. */
export async function notifyFeedbackChanges(
  ctx: Context,
  rules: FeedbackRules,
  before: Feedback | null,
  after: Feedback,
): Promise<void> {
  const events = after.timeline.slice(before?.timeline.length ?? 0)
  const notices = (await Promise.all(events.map((e) => noticesFor(ctx.store, rules, after, e)))).flat()
  await notify(ctx, notices)
}
