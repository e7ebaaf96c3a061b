import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { adminFunction } from '../../src/server/admin/admin.function'

export const main = cloudbaseMain(adminFunction)
