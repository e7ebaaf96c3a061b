import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { vendorFunction } from '../../src/server/vendor/vendor.function'

export const main = cloudbaseMain(vendorFunction)
