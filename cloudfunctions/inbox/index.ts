import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { inboxFunction } from '../../src/server/inbox/inbox.function'

export const main = cloudbaseMain(inboxFunction)
