import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { adminFunction } from '../../src/server/admin/admin.function'

export const main = cloudbaseMain(adminFunction)
