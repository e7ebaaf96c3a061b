import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { meFunction } from '../../src/server/identity/me.function'

export const main = cloudbaseMain(meFunction)
