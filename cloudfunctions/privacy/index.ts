import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { privacyFunction } from '../../src/server/privacy/privacy.function'

export const main = cloudbaseMain(privacyFunction)
