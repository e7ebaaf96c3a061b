import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { payCallbackFunction } from '../../src/server/billing/pay-callback.function'

export const main = cloudbaseMain(payCallbackFunction)
