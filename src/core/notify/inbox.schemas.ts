import { z } from '../shared/zod'

export const listInboxSchema = z.object({
  limit: z.number().int().min(1).max(100).default(50),
})

export const markReadSchema = z.object({
  ids: z.array(z.string().trim().min(1).max(128)).min(1, '请选择消息').max(100),
})
