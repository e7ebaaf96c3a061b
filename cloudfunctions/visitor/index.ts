import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { visitorFunction } from '../../src/server/visitor/visitor.function'

export const main = cloudbaseMain(visitorFunction)
