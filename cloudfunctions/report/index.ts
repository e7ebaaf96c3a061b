import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { reportFunction } from '../../src/server/report/report.function'

export const main = cloudbaseMain(reportFunction)
