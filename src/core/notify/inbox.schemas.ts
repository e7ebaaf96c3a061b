import { z } from '../shared/zod'

export const listInboxSchema = z.object({
  limit: z.number().int().min(1).max(100).default(50),
})

export const markReadSchema = z.object({
  ids: z.array(z.string().trim().min(1).max(128)).min(1, '请选择消息').max(100),
})

/** How the user answered WeChat's consent sheet for one template. */
export const CONSENT_ANSWERS = ['accept', 'reject', 'ban', 'filter'] as const
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number]

/** What `Taro.requestSubscribeMessage` answered, per template id. */
export const consentSchema = z.object({
  results: z.record(z.string().min(1).max(128), z.enum(CONSENT_ANSWERS)),
})
export type ConsentInput = z.input<typeof consentSchema>
