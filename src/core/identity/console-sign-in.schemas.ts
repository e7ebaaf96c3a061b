import { z } from '../shared/zod'
import { CONSOLE_CODE } from './console-sign-in'

/** What a console nobody has signed into sends: the poll's code and the secret only it holds. */
export const consolePollSchema = z.object({
  code: z.string().regex(CONSOLE_CODE, '二维码无效'),
  secret: z.string().min(1).max(128),
})

/** The event of the deployed `consoleSignIn` function (the local host serves the two as routes). */
export const consoleSignInEventSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('open') }),
  consolePollSchema.extend({ action: z.literal('poll') }),
])
