import { z } from '../shared/zod'

// What the `privacy` function's phone-number exchange answers. Apart from privacy.replies.ts because the
// main package's sign-up screen needs only this one: the personal-data replies belong to the life/ subpackage.
export const verifiedPhoneReply = z.looseObject({ phone: z.string(), verified: z.literal(true) })
