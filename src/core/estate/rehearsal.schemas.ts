import { z } from '../shared/zod'

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 HH:mm')

const shift = z
  .object({ from: hhmm, to: hhmm })
  .refine((s) => s.to > s.from, { message: '下班时间须晚于上班时间', path: ['to'] })

/** The console's 演练: a staffing and promises to try on the estate's own traffic (nothing is saved). */
export const rehearseSchema = z
  .object({
    workers: z.number().int().min(1, '至少 1 名维修工').max(50, '最多 50 名维修工'),
    shifts: z.array(shift).min(1, '至少一个班次').max(3),
    /** Promises for normal jobs, in service minutes: take the job within, fix it within. */
    promises: z.object({
      response: z
        .number()
        .int()
        .min(5)
        .max(24 * 60),
      resolution: z
        .number()
        .int()
        .min(30)
        .max(7 * 24 * 60),
    }),
    seed: z.number().int().min(0).max(1_000_000).default(1),
  })
  .refine((p) => p.promises.resolution > p.promises.response, {
    message: '修好时限须长于接单时限',
    path: ['promises', 'resolution'],
  })
