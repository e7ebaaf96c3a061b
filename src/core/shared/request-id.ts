import { z } from './zod'

/** Client-made, one per user tap and kept across retries: a create repeated with it happens once. */
export const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '请求编号无效')

/** Optional on every create-like command. */
export const withRequestId = { requestId: requestIdSchema.optional() }
