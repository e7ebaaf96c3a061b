import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { repairFunction } from '../../src/server/repair/repair.function'

export const main = cloudbaseMain(repairFunction)
