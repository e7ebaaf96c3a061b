import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { privacyFunction } from '../../src/server/privacy/privacy.function'

export const main = cloudbaseMain(privacyFunction)
