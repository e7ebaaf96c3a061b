import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { defineFunction } from '../define-function'
import type { Runtime } from '../ports/runtime.port'
import { mediaChecks } from '../screening/media-checks'
import { applyMediaVerdict, decideHeldPhoto } from './media-verdicts'

/**
 * WeChat's pushed `wxa_media_check` event (message push configured to this function), reduced
 * to what we use. Version 2 carries `result.suggest`; `label` arrives as a string or a number.
 */
export const mediaCheckEventSchema = z.looseObject({
  Event: z.literal('wxa_media_check'),
  trace_id: z.string().min(1).max(128),
  result: z.looseObject({
    suggest: z.enum(['pass', 'risky', 'review']),
    label: z.union([z.string(), z.number()]).optional(),
  }),
})

/** Applies a pushed image verdict; anything that is not one is refused without effect. */
export async function receiveMediaCheckEvent(event: unknown, runtime: Runtime): Promise<'applied' | 'ignored'> {
  const parsed = mediaCheckEventSchema.safeParse(event)
  if (!parsed.success) return 'ignored'
  return applyMediaVerdict(runtime, {
    traceId: parsed.data.trace_id,
    suggest: parsed.data.result.suggest,
    label: Number(parsed.data.result.label ?? 100),
  })
}

const fileId = z.string().min(1).max(256)

/** Managers' side of the image check: photos held for review, and the decision on each. */
export const contentCheckFunction = defineFunction('contentCheck', {
  actions: {
    held: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, { store }) =>
        ok({
          items: await mediaChecks(store).find({
            where: { status: 'review' },
            orderBy: { field: 'submittedAt', direction: 'asc' },
            limit: 100,
          }),
        }),
    }),
    decide: action({
      roles: ['manager'],
      input: z.object({ fileId, release: z.boolean() }),
      audit: true,
      async run(input, ctx) {
        const decided = await decideHeldPhoto(ctx, input.fileId, input.release, ctx.actor)
        return decided ? ok(decided) : fail(appError(ErrorCode.NOT_FOUND, 'no photo held for review with that id'))
      },
    }),
  },
})
