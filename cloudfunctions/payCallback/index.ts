import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { payCallbackFunction } from '../../src/server/billing/pay-callback.function'

export const main = cloudbaseMain(payCallbackFunction)
