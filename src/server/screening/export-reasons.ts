import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import { z } from '@core/shared/zod'

/**
 * Manager actions whose answer carries residents' personal data out of the system (a CSV file).
 * Each needs `exportReason` in the event, typed by the manager; the audit log keeps it.
 */
export const PERSONAL_DATA_EXPORTS: ReadonlySet<string> = new Set([
  'admin.exportOrders',
  'billing.exportArrears',
  'feedback.surveyExport',
])

const reasonSchema = z
  .string({ error: '请填写导出原因' })
  .trim()
  .min(4, '请写明导出原因（至少 4 个字）')
  .max(200, '导出原因不超过 200 字')

/** The reason given for a personal-data export; null for every other action. */
export function exportReasonOf(qualifiedAction: string, event: Record<string, unknown>): Result<string | null> {
  if (!PERSONAL_DATA_EXPORTS.has(qualifiedAction)) return ok(null)
  const reason = reasonSchema.safeParse(event.exportReason)
  return reason.success
    ? ok(reason.data)
    : fail(
        appError(ErrorCode.VALIDATION_FAILED, 'a personal-data export needs a reason', {
          exportReason: reason.error.issues.map((issue) => issue.message),
        }),
      )
}
