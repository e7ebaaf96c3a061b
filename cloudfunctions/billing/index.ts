import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { billingFunction } from '../../src/server/billing/billing.function'

export const main = cloudbaseMain(billingFunction)
