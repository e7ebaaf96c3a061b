import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { billingFunction } from '../../src/server/billing/billing.function'

export const main = cloudbaseMain(billingFunction)
