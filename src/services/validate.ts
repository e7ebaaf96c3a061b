import { fieldErrorsOf, type z } from '@core/shared/zod'
import type { Reply } from './reply'

/**
 * Parses form input with the same core schema the cloud function uses, returning the failure in
 * the function's own VALIDATION_FAILED shape so screens show both the same way.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Reply<z.output<S>> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, data: parsed.data }
  return {
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: 'invalid input', fieldErrors: fieldErrorsOf(parsed.error) },
  }
}
