import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { rehearsalFunction } from '../../src/server/rehearsal/rehearsal.function'

export const main = cloudbaseMain(rehearsalFunction)
