import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { reportFunction } from '../../src/server/report/report.function'

export const main = cloudbaseMain(reportFunction)
