import { cloudbaseMain } from '../../src/server/runtime/cloudbase.runtime'
import { feedbackFunction } from '../../src/server/feedback/feedback.function'

export const main = cloudbaseMain(feedbackFunction)
