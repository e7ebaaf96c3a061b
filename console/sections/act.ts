import { MessagePlugin } from 'tdesign-react'
import type { z } from '@core/shared/zod'
import { call, messageOf } from '../api'

/** Runs a manager action and says how it went; true when it succeeded. */
export async function act<T>(action: string, reply: z.ZodType<T>, input: Record<string, unknown>, done: string) {
  const answer = await call('admin', action, reply, input)
  if (!answer.ok) void MessagePlugin.error(messageOf(answer.error))
  else void MessagePlugin.success(done)
  return answer.ok
}
