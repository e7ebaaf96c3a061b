import { planImport, parseUnitsCsv, type ImportReport } from '@core/estate/unit-import'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { Store } from '../store/store.port'
import { MAX_UNITS } from './estate.repository'
import { BY_ID, findUpTo } from '../store/paging'

/**
 * Imports buildings and units from CSV text: the manager's `admin.importUnits` and `npm run import`.
 * The whole file is checked first, so a bad row imports nothing; new units then go in as one batch.
 */
export async function importUnits(store: Store, csv: string): Promise<Result<ImportReport>> {
  const parsed = parseUnitsCsv(csv)
  if (!parsed.ok) return parsed
  const rows = parsed.value
  const units = store.collection('units')
  const stored = await findUpTo(units, { where: {}, orderBy: BY_ID }, MAX_UNITS)
  if (stored.truncated)
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'too many units', { csv: [`小区房屋已超过 ${MAX_UNITS} 户`] }))
  const plan = planImport(rows, new Map(stored.items.map((u) => [u.id, u])))
  if (stored.items.length + plan.create.length > MAX_UNITS) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'too many units', { csv: [`导入后房屋将超过 ${MAX_UNITS} 户`] }))
  }
  try {
    await units.insertMany(plan.create.map((unit) => ({ ...unit, version: 0 })))
  } catch {
    // insertMany refuses the whole batch when an id is taken: another import got there between our read and write.
    return fail(appError(ErrorCode.CONFLICT, 'another import added some of these units; nothing was created'))
  }
  for (const unit of plan.update) {
    if (!(await units.replace(unit)))
      return fail(appError(ErrorCode.CONFLICT, `unit ${unit.id} changed while importing`))
  }
  return ok({
    rows: rows.length,
    created: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    buildings: new Set(rows.map((r) => r.building)).size,
  })
}
