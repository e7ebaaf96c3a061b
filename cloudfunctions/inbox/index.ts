import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { inboxFunction } from '../../src/server/inbox/inbox.function'

export const main = cloudbaseMain(inboxFunction)
