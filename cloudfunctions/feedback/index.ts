import { cloudbaseMain } from '../../src/server/cloudbase/cloudbase.runtime'
import { feedbackFunction } from '../../src/server/feedback/feedback.function'

export const main = cloudbaseMain(feedbackFunction)
