import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { slaSweepFunction } from '../../src/server/repair/sla-sweep.function'

export const main = cloudbaseMain(slaSweepFunction)
