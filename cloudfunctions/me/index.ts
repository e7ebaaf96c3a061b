import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { meFunction } from '../../src/server/identity/me.function'

export const main = cloudbaseMain(meFunction)
