import { z } from '../shared/zod'
import { fieldTypeOf } from './subscribe-fields'

/**
 * The subscribe-message templates the product sends, by purpose. Each WeChat consent covers one
 * message of one template, so distinct moments get distinct templates: a resident who accepts all
 * four at submission can be told of acceptance, arrival, completion and a delay.
 */
export const TEMPLATE_KEYS = [
  'repairAccepted',
  'repairStarted',
  'repairCompleted',
  'repairDelayed',
  'jobAssigned',
  'jobWarning',
  'jobOverdue',
  'visitorArrived',
  'billReminder',
  'emergencyNotice',
  'feedbackUpdate',
  'surveyInvite',
] as const
export type TemplateKey = (typeof TEMPLATE_KEYS)[number]

/** The values a notice offers; a template's fields pick from them. */
export const NOTICE_VALUES = [
  'orderNo',
  'subject',
  'status',
  'worker',
  'at',
  'deadline',
  'note',
  'amount',
  'title',
] as const
export type NoticeValue = (typeof NOTICE_VALUES)[number]

const templateSpec = z.object({
  /** The template id from the WeChat console (订阅消息 → 我的模板). */
  templateId: z.string().min(1),
  /** Mini-program page opened from the message; the notice's id is appended as `?id=`. */
  page: z.string().regex(/^[a-z0-9/_-]+$/, 'page is a path without a leading slash or query'),
  /** Template field key (e.g. `thing2`) -> which notice value fills it. */
  fields: z.record(
    z.string().refine((key) => fieldTypeOf(key) !== null, 'field key must start with a WeChat data type, e.g. thing2'),
    z.enum(NOTICE_VALUES),
  ),
})

export const templatesConfigSchema = z.partialRecord(z.enum(TEMPLATE_KEYS), templateSpec)

export type TemplateSpec = z.infer<typeof templateSpec>
export type TemplatesConfig = z.infer<typeof templatesConfigSchema>

/** One template as `inbox.subscriptions` answers: what to ask WeChat for, and what is left of it. */
export interface SubscriptionView {
  template: TemplateKey
  /** The id `Taro.requestSubscribeMessage` takes. */
  templateId: string
  /** Messages the user has allowed and not yet received. */
  remaining: number
}

/** Which templates to ask consent for at each tap WeChat allows a request on. */
export const CONSENT_MOMENTS = {
  /** The tap that submits a repair (at most 5 ids per request). */
  submitRepair: ['repairAccepted', 'repairStarted', 'repairCompleted', 'repairDelayed'],
  /** The tap that grabs a job. */
  grabJob: ['jobAssigned', 'jobWarning', 'jobOverdue'],
  /** The tap that books a visitor. */
  bookVisitor: ['visitorArrived'],
} as const satisfies Record<string, readonly TemplateKey[]>
export type ConsentMoment = keyof typeof CONSENT_MOMENTS
